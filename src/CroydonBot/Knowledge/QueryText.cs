using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Turns what someone typed into plain lower-case words: text speak expanded ("wat" -> "what"), punctuation
/// and Lucene syntax characters dropped, so user text can never be read as query syntax.
/// </summary>
public sealed partial class QueryText(IReadOnlyDictionary<string, string> textSpeak)
{
    public IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
        // "I'd love to" is "I would": with its apostrophe dropped it read as "id", the idea of ID documents.
        if (text.Contains("'d", StringComparison.OrdinalIgnoreCase) || text.Contains("\u2019d", StringComparison.OrdinalIgnoreCase))
        {
            text = WouldContraction().Replace(text, "I would");
        }
        foreach (var token in PlainWords.Split(text))
        {
            if (textSpeak.TryGetValue(token, out var plain))
            {
                words.AddRange(plain.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
            else
            {
                words.Add(token);
            }
        }
        return words;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\bi['\u2019]d\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WouldContraction();
}
