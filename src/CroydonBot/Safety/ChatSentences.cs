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
        var sentences = Boundary().Split(message)
            .Select(s => s.Trim())
            .Where(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= MinimumWords)
            .ToList();
        return sentences.Count > 1 ? sentences : [];
    }

    [GeneratedRegex(@"(?<=[.!?])\s+|\n+")]
    private static partial Regex Boundary();
}
