namespace CroydonBot.Text;

/// <summary>
/// The time limit for the generated patterns that read what a message asks for (feedback, a relay, a child at risk, an aside).
/// Messages are capped at 4,096 characters, so only a pathological pattern could run for a second. 200 ms was tripped by
/// ordinary short messages on a machine at load 40-60, where a thread can wait for a core longer than that; a timeout then
/// read as "no match", so load changed what a message was taken to say (a child-at-risk report among them). The safety
/// check has used one second from the start.
/// </summary>
public static class RegexLimits
{
    public const int MatchMilliseconds = 1_000;
}
