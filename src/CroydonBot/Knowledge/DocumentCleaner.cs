using System.Text;
using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Removes page furniture (job filters, comment forms, captions, date trailers) from a scraped document
/// before it is split and indexed, using the patterns in seeds/cleaning.yaml.
/// </summary>
public sealed class DocumentCleaner(CleaningRules rules)
{
    private readonly Regex[] _cutFrom = [.. rules.CutFrom.Select(Compile)];
    private readonly Regex[] _drop = [.. rules.DropLines.Select(Compile)];

    public string Clean(string text)
    {
        var output = new StringBuilder(text.Length);
        foreach (var rawLine in PlainText.Of(text).Split('\n'))
        {
            var line = rawLine.Trim();
            if (_cutFrom.Any(r => r.IsMatch(line)))
            {
                break;
            }
            if (line.Length > 0 && _drop.Any(r => r.IsMatch(line)))
            {
                continue;
            }
            output.Append(rawLine.TrimEnd()).Append('\n');
        }
        return output.ToString().Trim();
    }

    private static Regex Compile(string pattern) => new(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
}
