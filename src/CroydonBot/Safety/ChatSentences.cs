using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>
/// The sentences of a chat message, for the learned layer to read one by one. A crisis told in one sentence of a long
/// message ("took the whole packet about half an hour ago. sorry im asking a lot of questions today, ...") scores low
/// when the whole message is read, because the ordinary sentences around it outweigh it; read alone, it scores high.
/// Chat has no capitals to go by, so a sentence ends at any full stop, question or exclamation mark followed by a space,
/// or at a line break; a sentence of fewer than <see cref="MinimumWords"/> words says too little to be read alone.
/// </summary>
public static partial class ChatSentences
{
    /// <summary>Sentences shorter than this are left to the whole message's reading ("ok.", "thanks!").</summary>
    public const int MinimumWords = 5;

    /// <summary>The message's sentences of at least <see cref="MinimumWords"/> words; empty when it has only one sentence.</summary>
    public static IReadOnlyList<string> Of(string message)
    {
        var sentences = Long(Boundary().Split(message));
        return sentences.Count > 1 ? sentences : [];
    }

    /// <summary>
    /// The clauses of the message's sentences (of the whole message when it has one sentence): chat runs a story on with
    /// commas ("things are a bit rough tbh, ive had nothing to eat since tuesday, but the driving thing is what i wanted
    /// to ask"), so a risk told in one clause is drowned by the clauses around it as a sentence is by the sentences
    /// around it. A clause ends at a comma or semicolon and before "but"; one of fewer than <see cref="MinimumWords"/>
    /// words is left out. Empty when no sentence has two clauses that long.
    /// </summary>
    public static IReadOnlyList<string> ClausesOf(string message)
    {
        var sentences = Of(message);
        IEnumerable<string> whole = sentences.Count > 0 ? sentences : [message];
        return [.. whole.SelectMany(s => Long(ClauseBoundary().Split(s)) is { Count: > 1 } clauses ? clauses : [])];
    }

    private static List<string> Long(IEnumerable<string> pieces) =>
        [.. pieces.Select(p => p.Trim()).Where(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWords)];

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[,;]\s+|\s+(?=but\s)", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBoundary();
}
