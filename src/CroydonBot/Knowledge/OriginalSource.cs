namespace CroydonBot.Knowledge;

/// <summary>
/// A public source a guide was written from, as its manifest entry lists it:
/// "Publisher, what it is — https://address (date)". The address is null when the manifest gives none that
/// a person could open ("no public address known", or a bare path without http).
/// </summary>
public sealed record OriginalSource(string Name, string? Url, string? DateLabel)
{
    private const string Dash = " \u2014 ";

    public static OriginalSource Parse(string line)
    {
        var at = line.IndexOf(Dash, StringComparison.Ordinal);
        if (at < 0)
        {
            return new OriginalSource(line.Trim(), null, null);
        }
        var name = line[..at].Trim();
        var rest = line[(at + Dash.Length)..].Trim();
        string? date = null;
        if (rest.EndsWith(')') && rest.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0)
        {
            date = rest[(open + 2)..^1].Trim();
            rest = rest[..open].Trim();
        }
        var url = rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            ? rest
            : null;
        return new OriginalSource(name, url, date is "undated" ? null : date);
    }

    /// <summary>
    /// The one entry of <paramref name="sources"/> that <paramref name="reference"/> names (a part of its line,
    /// such as its address or its name): a guide section names its sources this way, and a reference that fits
    /// none or several is an error in the guide, not something to guess at.
    /// </summary>
    public static OriginalSource Find(IReadOnlyList<string> sources, string reference, string where)
    {
        var matches = sources.Where(s => s.Contains(reference, StringComparison.OrdinalIgnoreCase)).ToList();
        return matches.Count switch
        {
            1 => Parse(matches[0]),
            0 => throw new InvalidDataException($"{where}: the source \"{reference}\" is not in the manifest's sources for this guide."),
            _ => throw new InvalidDataException($"{where}: the source \"{reference}\" fits {matches.Count} of the manifest's sources; name one (its address is unique)."),
        };
    }
}
