namespace CroydonBot.Text;

/// <summary>
/// One spelling for characters that look alike, so matching and analysis see plain text whatever
/// keyboard, phone or web page the text came from.
/// </summary>
public static class PlainText
{
    /// <summary>Unifies line endings, curly quotes and non-breaking spaces.</summary>
    public static string Of(string text) => text
        .Replace("\r\n", "\n").Replace('\r', '\n')
        .Replace('\u00A0', ' ')
        .Replace('\u2018', '\'').Replace('\u2019', '\'')
        .Replace('\u201C', '"').Replace('\u201D', '"');
}
