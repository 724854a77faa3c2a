using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Splits a cleaned source document into passages: each paragraph is one passage, a bullet list stays
/// with its lead-in, and a short line without a full stop is taken as the heading of what follows. A longer
/// title in capitals and numbered agenda items ("2.1 Note and consider...") are the page's or the meeting's
/// paperwork, not what anyone found or said: they are left out, so they can never be an answer's sentence.
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
            if (IsAgendaLine(block) || IsTitle(block) && !IsHeading(block))
            {
                // The document's title is in the manifest already; a long title would head every passage after it.
                continue;
            }
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

    /// <summary>
    /// A single line of capitalised words without a full stop is a title, however long ("Outcome of the Ofsted
    /// Inspecting Local Authority Children's Services Inspection (Publication of Report to Follow)"): said as an
    /// answer, it reads as a finding and says nothing.
    /// </summary>
    public static bool IsTitle(string block)
    {
        if (block.Contains('\n') || IsList(block) || ".!?:;".Contains(block[^1]))
        {
            return false;
        }
        var (words, capitals) = (0, 0);
        foreach (var word in block.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var letters = word.TrimStart('(', '\'', '"', '\u2018', '\u201C');
            // Short words ("of", "the", "to") are lower case in titles too; only longer ones tell.
            if (letters.Length >= 4 && char.IsLetter(letters[0]))
            {
                words++;
                capitals += char.IsUpper(letters[0]) ? 1 : 0;
            }
        }
        return words >= 3 && capitals >= 0.75 * words;
    }

    /// <summary>A numbered item of an agenda or resolution ("2.1 Note and consider...").</summary>
    public static bool IsAgendaLine(string block) => !block.Contains('\n') && AgendaLine().IsMatch(block);

    private static bool IsList(string block) => block.Split('\n').All(l => Bullet().IsMatch(l.Trim()));

    private static string NormaliseBullets(string block) =>
        string.Join('\n', block.Split('\n').Select(l => Bullet().IsMatch(l.Trim()) ? "- " + Bullet().Replace(l.Trim(), "") : l.Trim()));

    [GeneratedRegex(@"^\d+\.\d+(\.\d+)*\s")]
    private static partial Regex AgendaLine();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Blocks();

    [GeneratedRegex(@"^(?:[•\-\*]|\d+[.)])\s+")]
    private static partial Regex Bullet();
}
