using System.Globalization;

namespace CroydonBot.Knowledge;

/// <summary>
/// Every four-digit year the passages of one index name (in a text, a heading or a document's date), gathered once when the
/// index is built. Round AS (perf-as): <see cref="YearNoSourceCovers"/> asked, for each year in a question, whether any passage
/// contains it, a scan of every passage's text on every question that named a year.
/// </summary>
public sealed class YearsNamed
{
    /// <summary>A year as the questions ask it: four digits (<see cref="YearNoSourceCovers"/>).</summary>
    private const int YearLength = 4;

    private readonly HashSet<string> _years = new(StringComparer.Ordinal);

    /// <summary>The years <paramref name="passages"/> name.</summary>
    public YearsNamed(IEnumerable<Passage> passages)
    {
        foreach (var passage in passages)
        {
            AddDigitWindows(passage.Text);
            AddDigitWindows(passage.Heading);
            _years.Add(passage.Document.Date.Year.ToString(CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// True when some passage names <paramref name="year"/>: as a text or heading containing it would (digits inside a longer
    /// number included, as "12008" contains "2008"), or as a document's date year.
    /// </summary>
    public bool Contains(string year) => _years.Contains(year);

    // Every four characters in a row that are all digits (char.IsDigit, as the question's \d reads them): a string of four
    // digits is contained in a text exactly when it is one of these, so the set answers as the scan did.
    private void AddDigitWindows(string text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            run = char.IsDigit(text[i]) ? run + 1 : 0;
            if (run >= YearLength)
            {
                _years.Add(text.Substring(i - YearLength + 1, YearLength));
            }
        }
    }
}
