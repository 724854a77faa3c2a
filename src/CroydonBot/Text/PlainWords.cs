using System.Globalization;
using System.Text;

namespace CroydonBot.Text;

/// <summary>
/// What someone typed as plain lower-case words, the one way every part of the bot (safety, dialogs,
/// small talk, buttons, knowledge) compares a message with words it knows: "Tell me MORE!!" and
/// "tell me more" are the same words.
/// </summary>
public static class PlainWords
{
    /// <summary>Lower case words separated by single spaces, punctuation and emoji gone.</summary>
    public static string Of(string text) => string.Join(' ', Split(text));

    /// <summary>Lower-case runs of letters and digits; apostrophes inside words are dropped ("don't" -> "dont").</summary>
    public static IEnumerable<string> Split(string text)
    {
        var current = new StringBuilder();
        foreach (var c in PlainText.Of(text).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '£' || c == ',' && current.Length > 0 && char.IsDigit(current[^1]))
            {
                current.Append(c);
            }
            else if (c == '\'' && current.Length > 0)
            {
                continue;
            }
            else if (current.Length > 0)
            {
                yield return Trim(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            yield return Trim(current.ToString());
        }
    }

    private static string Trim(string token) => token.TrimEnd(',').Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
}
