using System.Text.RegularExpressions;

namespace CroydonBot.Text;

/// <summary>
/// A dialog's own patterns (a reply field's email or phone pattern) matched with a time limit that load cannot trip.
/// The first limit keeps a 100 KB paste from holding a turn; on a machine at load 20-30 an ordinary short reply can
/// outlast it, and the timeout then surfaced as "something went wrong" in the middle of the feedback dialog. So a match
/// that runs out of time is tried once more with a much longer limit (load slows a match a few times, it does not make
/// it endless); one that outlasts that too is read as no match, the safe side for a field (the prompt asks again).
/// </summary>
public static class BoundedRegex
{
    public static readonly TimeSpan FirstLimit = TimeSpan.FromMilliseconds(200);

    public static readonly TimeSpan RetryLimit = TimeSpan.FromSeconds(3);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    public static bool IsMatch(string text, string pattern) => Match(text, pattern).Success;

    public static Match Match(string text, string pattern) =>
        Bounded(limit => Regex.Match(text, pattern, Options, limit), System.Text.RegularExpressions.Match.Empty);

    /// <summary>Every match, read to the end inside the limit (a <see cref="MatchCollection"/> matches lazily).</summary>
    public static IReadOnlyList<Match> Matches(string text, string pattern) =>
        Bounded<IReadOnlyList<Match>>(limit => Regex.Matches(text, pattern, Options, limit).ToList(), []);

    private static T Bounded<T>(Func<TimeSpan, T> match, T none)
    {
        try
        {
            return match(FirstLimit);
        }
        catch (RegexMatchTimeoutException)
        {
            try
            {
                return match(RetryLimit);
            }
            catch (RegexMatchTimeoutException)
            {
                return none;
            }
        }
    }
}
