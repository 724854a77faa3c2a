using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Splits a cleaned source document into passages: each paragraph is one passage, a bullet list stays
/// with its lead-in, and a short line without a full stop is taken as the heading of what follows.
/// </summary>
public static partial class TextPassageSplitter
{
    /// <summary>Lines shorter than this with no closing punctuation read as headings, not content.</summary>
    private const int MaxHeadingWords = 12;

    public static IReadOnlyList<Passage> Split(ManifestEntry document, string cleanedText)
    {
        var passages = new List<Passage>();
        var heading = "";
        var blocks = Blocks().Split(cleanedText).Select(b => b.Trim()).Where(b => b.Length > 0).ToList();
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (IsHeading(block))
            {
                heading = block;
                continue;
            }
            // A lead-in ending with ':' and the list after it answer the same question together.
            if (block.EndsWith(':') && i + 1 < blocks.Count && IsList(blocks[i + 1]))
            {
                block = block + "\n" + blocks[++i];
            }
            else if (IsList(block) && passages.Count > 0 && passages[^1].Text.EndsWith(':'))
            {
                var lead = passages[^1];
                passages[^1] = lead with { Text = lead.Text + "\n" + NormaliseBullets(block) };
                continue;
            }
            passages.Add(new Passage
            {
                Id = $"{document.File}#{passages.Count}",
                Document = document,
                Heading = heading,
                Text = NormaliseBullets(block),
                Ordinal = passages.Count,
            });
        }
        return passages;
    }

    /// <summary>
    /// A short single line without closing punctuation is a heading; so is a short question on its own line,
    /// which is how FAQ pages head each answer ("What is Ofsted?").
    /// </summary>
    private static bool IsHeading(string block) =>
        !block.Contains('\n')
        && !IsList(block)
        && block.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxHeadingWords + (block[^1] == '?' ? 8 : 0)
        && (block[^1] == '?' || !".!:\"'”)".Contains(block[^1]));

    private static bool IsList(string block) => block.Split('\n').All(l => Bullet().IsMatch(l.Trim()));

    private static string NormaliseBullets(string block) =>
        string.Join('\n', block.Split('\n').Select(l => Bullet().IsMatch(l.Trim()) ? "- " + Bullet().Replace(l.Trim(), "") : l.Trim()));

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^(?:[•\-\*]|\d+[.)])\s+")]
    private static partial Regex Bullet();
}
