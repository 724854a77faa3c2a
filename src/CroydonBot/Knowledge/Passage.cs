namespace CroydonBot.Knowledge;

/// <summary>
/// A retrievable piece of a document: a paragraph, a bullet list with its lead-in, or a guide section,
/// carrying its document's metadata so an answer can name its source and date.
/// </summary>
public sealed partial record Passage
{
    /// <summary>Stable id: the file name and the passage's position, e.g. "003_fbb5e5747c958e87.txt#4".</summary>
    public required string Id { get; init; }
    public required ManifestEntry Document { get; init; }

    /// <summary>The heading above the passage, if any.</summary>
    public string Heading
    {
        get;
        init
        {
            field = value;
            // Worked out once per passage, not for each candidate of each question (the re-ranker and recency ask).
            _historyHeading = value is not null && value.Contains("(history)", StringComparison.OrdinalIgnoreCase);
        }
    } = "";

    private readonly bool _historyHeading;

    public required string Text { get; init; }

    /// <summary>Other ways people ask for this passage (guide sections only).</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>Questions offered as buttons under this passage's answer (an overview's entries).</summary>
    public IReadOnlyList<string> Buttons { get; init; } = [];

    /// <summary>
    /// The public sources a guide section was written from (its "Sources:" line, each found in its
    /// document's manifest sources); empty when the section names none.
    /// </summary>
    public IReadOnlyList<OriginalSource> Sources { get; init; } = [];

    /// <summary>The month or year this passage speaks from, if it differs from the document's.</summary>
    public string? DatedLabel { get; init; }

    /// <summary>The date to say with the answer: the passage's own, else the document's.</summary>
    public string DateLabel => DatedLabel ?? Document.DateLabel;

    /// <summary>
    /// The date the facts speak from, as words to match ("October 2018"); empty for a guide section without
    /// its own date, whose document date only says when it was checked.
    /// </summary>
    public string SpeaksFrom => DatedLabel ?? (Document.Kind == "guide" ? "" : Document.DateLabel);

    /// <summary>
    /// True when the passage describes a past position: its document is historical, or (in a guide) its
    /// heading is marked "(history)".
    /// </summary>
    public bool IsHistorical => Document.IsHistorical || _historyHeading;

    /// <summary>
    /// For a history section of a guide: the current position in one sentence (its "Now:" line), said first
    /// when a question asks whether the old position still holds.
    /// </summary>
    public string? Now { get; init; }

    /// <summary>What has happened since, for a passage that is history: its own "Now:" line, else its document's.</summary>
    public string? SinceThen => IsHistorical ? Now ?? Document.SinceThen : null;

    /// <summary>The year the passage speaks from ("2017" for "September 2017"), to date its sentences with.</summary>
    public string Year
    {
        get
        {
            // Round AS (perf-as): a source-generated pattern; Regex.Match with the pattern's text looked it up in the regex cache
            // and ran it interpreted, for each sentence of a history passage the composer dates.
            var match = YearInLabel().Match(DateLabel);
            return match.Success ? match.Value : Document.Date.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial System.Text.RegularExpressions.Regex YearInLabel();

    /// <summary>Position in the document, starting at 0.</summary>
    public int Ordinal { get; init; }
}
