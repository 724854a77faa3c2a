using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>
/// Whether any pattern of a softening list (everyday questions, feedback told to a service) matches a message. Those lists only
/// ever lift the crisis reply, so a pattern that runs away (times out) counts as no match: the crisis reply then stands.
/// </summary>
internal static class PatternListMatch
{
    /// <summary>True when one of <paramref name="patterns"/> matches <paramref name="text"/> within its time-out.</summary>
    public static bool Any(IEnumerable<Regex> patterns, string text)
    {
        foreach (var pattern in patterns)
        {
            try
            {
                if (pattern.IsMatch(text))
                {
                    return true;
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // Runs away: not matched, so nothing is softened.
            }
        }
        return false;
    }
}
