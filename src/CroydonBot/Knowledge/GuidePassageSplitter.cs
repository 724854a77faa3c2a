using CroydonBot.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Splits a Markdown guide into passages, one per "## " section. A section may start with a
/// "Questions:" line (alternative questions, separated by |), a "Dated:" line (when its facts date from) and,
/// "Buttons:" (questions offered as buttons under the answer, for an overview section), "Sources:" (the public
/// sources the section was written from, separated by |, each a part of one line of the manifest's sources for
/// the guide, such as its address) and, in a history section, a "Now:" line (the current position, said first
/// when asked if the past still holds).
/// </summary>
public static class GuidePassageSplitter
{
    public static IReadOnlyList<Passage> Split(ManifestEntry document, string markdown)
    {
        var passages = new List<Passage>();
        string? heading = null;
        var questions = new List<string>();
        string? dated = null;
        string? now = null;
        var buttons = new List<string>();
        var sources = new List<OriginalSource>();
        var body = new List<string>();

        void Flush()
        {
            var text = string.Join('\n', body).Trim();
            if (heading is not null && text.Length > 0)
            {
                passages.Add(new Passage
                {
                    Id = $"{document.File}#{passages.Count}",
                    Document = document,
                    Heading = heading,
                    Text = text,
                    Questions = [.. questions],
                    DatedLabel = dated,
                    Now = now,
                    Buttons = [.. buttons],
                    Sources = [.. sources],
                    Ordinal = passages.Count,
                });
            }
            questions.Clear();
            buttons.Clear();
            sources.Clear();
            body.Clear();
            dated = null;
            now = null;
        }

        foreach (var raw in PlainText.Of(markdown).Split('\n'))
        {
            var line = raw.Trim();
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                Flush();
                heading = line[3..].Trim();
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                continue;
            }
            else if (heading is not null && body.Count == 0 && line.StartsWith("Questions:", StringComparison.OrdinalIgnoreCase))
            {
                questions.AddRange(line["Questions:".Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            else if (heading is not null && body.Count == 0 && line.StartsWith("Dated:", StringComparison.OrdinalIgnoreCase))
            {
                dated = line["Dated:".Length..].Trim();
            }
            else if (heading is not null && body.Count == 0 && line.StartsWith("Buttons:", StringComparison.OrdinalIgnoreCase))
            {
                buttons.AddRange(line["Buttons:".Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            else if (heading is not null && body.Count == 0 && line.StartsWith("Sources:", StringComparison.OrdinalIgnoreCase))
            {
                sources.AddRange(line["Sources:".Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                    .Select(reference => OriginalSource.Find(document.Sources, reference, $"{document.File}, \"{heading}\"")));
            }
            else if (heading is not null && body.Count == 0 && line.StartsWith("Now:", StringComparison.OrdinalIgnoreCase))
            {
                now = line["Now:".Length..].Trim();
            }
            else if (heading is not null && (line.Length > 0 || body.Count > 0))
            {
                body.Add(line.StartsWith("* ", StringComparison.Ordinal) ? "- " + line[2..] : line);
            }
        }
        Flush();
        return passages;
    }
}
