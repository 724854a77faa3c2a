using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>
/// Reads a message without its figures of speech about feelings or appetite (dialogs/safeguarding.yaml,
/// <c>figuresOfSpeech</c>): "its so unfair it makes me sick", "its doing my head in", "im starving, snack ideas?", "its not
/// unsafe just unfair". The learned layer learned "sick", "starving" and "unsafe" from crises, where they tell a body's
/// state or a danger; here they tell a feeling, and a bag of n-grams cannot see the difference. Read again without them,
/// a complaint or a question scores as what it is, while a crisis keeps the words that made it one. Each pattern marks
/// the words to leave out with a group named <c>figure</c> (the whole match when it has none), so it can also say where
/// a figure counts ("starving" only beside a meal or the gym, and never with the money or the food gone).
/// </summary>
public sealed class FiguresOfSpeech
{
    private readonly Regex[] _patterns;

    public FiguresOfSpeech(SafeguardingData data) =>
        _patterns = SafeguardingDetector.Compile(data.FiguresOfSpeech, data.VocabularyWithEveryday());

    /// <summary><paramref name="plain"/> (the undisguised form the learned layer reads) with every figure of speech left out.</summary>
    public string Without(string plain)
    {
        var text = plain;
        foreach (var pattern in _patterns)
        {
            try
            {
                text = pattern.Replace(text, m => m.Groups["figure"] is { Success: true } figure
                    ? m.Value.Remove(figure.Index - m.Index, figure.Length)
                    : " ");
            }
            catch (RegexMatchTimeoutException)
            {
                // A message that makes a pattern run away keeps its words: the learned layer's first reading stands.
            }
        }
        return text == plain ? plain : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
