using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Turns what someone typed into plain lower-case words: text speak expanded ("wat" -> "what"), punctuation
/// and Lucene syntax characters dropped, so user text can never be read as query syntax.
/// </summary>
public sealed class QueryText(IReadOnlyDictionary<string, string> textSpeak)
{
    public IReadOnlyList<string> Words(string text)
    {
        var words = new List<string>();
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
}
