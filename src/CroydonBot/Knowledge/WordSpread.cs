using System.Globalization;

namespace CroydonBot.Knowledge;

/// <summary>
/// How little a word tells which section answers a question, learned from questions already labelled with their
/// sections (<c>train-word-spread</c>, <see cref="Eval.WordSpreadTrainer"/>): the share of the highest weight its rarity in
/// the guides is capped at when a question is weighed. A word young people put around questions about any section alike
/// ("everything", "genuinely", "reckons") is rare in the guides, so by rarity alone it weighed as much as the subject,
/// and a passage answering the subject looked as if it missed half the question. Words not in the table keep their
/// rarity whole: the table only says a word is spread, never that it is a subject.
/// </summary>
public sealed class WordSpread
{
    public const string File = "word-spread.tsv";

    private readonly Dictionary<string, double> _factors;

    public WordSpread(IReadOnlyDictionary<string, double> factors) => _factors = new(factors, StringComparer.Ordinal);

    /// <summary>No word is spread: every word weighs its rarity, as before the table.</summary>
    public static WordSpread None { get; } = new(new Dictionary<string, double>());

    /// <summary>The share of the highest weight there is that <paramref name="term"/> (an analysed term) may weigh, 0 to 1.</summary>
    public double Factor(string term) => _factors.TryGetValue(term, out var factor) ? factor : 1;

    /// <summary>
    /// What <paramref name="term"/> weighs: its rarity <paramref name="idf"/>, but no more than its factor of the rarest
    /// word's <paramref name="maxIdf"/>. A cap, not a discount: a common word ("care", "croydon") already weighs little,
    /// and taking more off a word most answers hold made the words they lack count for more.
    /// </summary>
    public double Weight(string term, double idf, double maxIdf) => Math.Min(idf, Factor(term) * maxIdf);

    /// <summary>
    /// True when <paramref name="term"/> is known to be said around questions on any section about as much as the
    /// subject is: weighed at most this share of its rarity. Such a word is no subject even when no guide uses it.
    /// </summary>
    public bool IsSpread(string term) => Factor(term) <= SpreadFactor;

    /// <summary>A word left with at most half its rarity tells less about the section than it hides (see <see cref="IsSpread"/>).</summary>
    public const double SpreadFactor = 0.5;

    public int Count => _factors.Count;

    /// <summary>Reads "term TAB factor" lines; '#' starts a comment, and any further columns are for people to read.</summary>
    public static WordSpread Read(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return None;
        }
        var factors = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (line, number) in System.IO.File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
            {
                continue;
            }
            var parts = line.Split('\t');
            if (parts.Length < 2 || !double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var factor) || factor is < 0 or > 1)
            {
                throw new InvalidDataException($"{Path.GetFileName(path)} line {number}: expected 'term<TAB>factor' with a factor from 0 to 1.");
            }
            factors[parts[0]] = factor;
        }
        return new WordSpread(factors);
    }
}
