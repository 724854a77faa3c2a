using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Recognises "actually forget it", "nah never mind dont send anything" and "no cancel that. how does the
/// panel work": a short first clause that is, or holds, a way of stopping. Only a short clause counts, so
/// feedback that starts with "stop moving care leavers out of croydon" is kept as feedback. What follows the
/// clause, if anything, is returned so a question asked in the same breath can still be answered.
/// </summary>
public sealed class ChangeOfMind(IEnumerable<string> commands, IEnumerable<string> phrases)
{
    /// <summary>A first clause longer than this is a message, not a change of mind.</summary>
    private const int MaxClauseWords = 7;

    private static readonly char[] ClauseEnds = ['.', '!', '?', ';', '\n'];

    private readonly HashSet<string> _commands = [.. commands.Select(PlainWords.Of)];
    private readonly string[] _phrases = [.. phrases.Select(PlainWords.Of).Where(p => p.Length > 0)];

    /// <summary>True when the message stops the dialog; <paramref name="rest"/> is what was said after it.</summary>
    public bool Matches(string text, out string? rest)
    {
        rest = null;
        var end = text.IndexOfAny(ClauseEnds);
        var clause = PlainWords.Of(end < 0 ? text : text[..end]);
        var words = clause.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || words.Length > MaxClauseWords)
        {
            return false;
        }
        var padded = " " + clause + " ";
        if (!_commands.Contains(clause) && !_phrases.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal)))
        {
            return false;
        }
        var after = end < 0 ? "" : text[(end + 1)..].Trim();
        rest = after.Length > 0 ? after : null;
        return true;
    }
}
