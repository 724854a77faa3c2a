using System.Text;
using System.Text.RegularExpressions;

namespace CroydonBot.Replies;

/// <summary>
/// The bot's reply text as markdown, for channels that render it (Web Chat over Direct Line): a line break
/// stays a line break (source lines stay on lines of their own), phone numbers become tel: links a person
/// can tap, and web addresses become links. Lines already written as markdown (lists, **bold**) are kept.
/// The same text reads the same as plain text, so a channel that does not render markdown loses nothing.
/// </summary>
public static partial class MarkdownText
{
    public const string Format = "markdown";

    public static string From(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var result = new StringBuilder(text.Length + 64);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Links(lines[i]);
            result.Append(line);
            if (i < lines.Length - 1)
            {
                // Markdown joins single-newline lines into one paragraph; two trailing spaces keep the break.
                var next = lines[i + 1];
                var keepsItsBreak = line.Length == 0 || next.Length == 0 || next.TrimStart().StartsWith("- ", StringComparison.Ordinal);
                result.Append(keepsItsBreak ? "\n" : "  \n");
            }
        }
        return result.ToString();
    }

    private static string Links(string line)
    {
        var withUrls = Url().Replace(line, m => $"[{m.Value}]({m.Value})");
        return Phone().Replace(withUrls, m => $"[{m.Value}](tel:{Digits(m.Value)})");
    }

    private static string Digits(string phone) => new([.. phone.Where(char.IsDigit)]);

    // UK numbers as the seeds and settings write them: 020 8726 6000, 0800 1111, 0808 800 5000, 116 123, 999.
    // Not inside a longer number, an amount (£999) or a link already made.
    [GeneratedRegex(@"(?<![\d£,.\w/\[:])(0\d{2,4}(?: \d{3,4}){1,2}|0800 ?\d{4}|116 ?\d{3}|999)(?![\d\w\]])", RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    // An address may hold balanced brackets (legislation and Hansard addresses do); its last character is not
    // the punctuation of the sentence around it.
    [GeneratedRegex(@"(?<![\(\[])\bhttps?://(?:[^\s\(\)\[\]]|\([^\s\(\)]*\))*(?:[^\s\(\)\[\].,;:!?]|\([^\s\(\)]*\))", RegexOptions.CultureInvariant)]
    private static partial Regex Url();
}
