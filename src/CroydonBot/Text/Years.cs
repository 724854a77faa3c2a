using System.Globalization;
using System.Text.RegularExpressions;

namespace CroydonBot.Text;

/// <summary>
/// Years written as a word ("2017", "1998"): the one pattern the re-ranker, the answer composer and the follow-up readings
/// look for, so that what counts as a year is decided in one place.
/// </summary>
public static partial class Years
{
    /// <summary>True when <paramref name="text"/> holds a year.</summary>
    public static bool In(string text) => Year().IsMatch(text);

    /// <summary>Every year in <paramref name="text"/>, in order.</summary>
    public static IEnumerable<int> All(string text) => Year().Matches(text).Select(m => Parse(m.Value));

    /// <summary>The first year in <paramref name="text"/>; null when it holds none.</summary>
    public static int? First(string text) => Year().Match(text) is { Success: true } m ? Parse(m.Value) : null;

    private static int Parse(string year) => int.Parse(year, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}
