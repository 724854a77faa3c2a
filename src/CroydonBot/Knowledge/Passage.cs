namespace CroydonBot.Knowledge;

/// <summary>
/// A retrievable piece of a document: a paragraph, a bullet list with its lead-in, or a guide section,
/// carrying its document's metadata so an answer can name its source and date.
/// </summary>
public sealed record Passage
{
    /// <summary>Stable id: the file name and the passage's position, e.g. "003_fbb5e5747c958e87.txt#4".</summary>
    public required string Id { get; init; }
    public required ManifestEntry Document { get; init; }

    /// <summary>The heading above the passage, if any.</summary>
    public string Heading { get; init; } = "";

    public required string Text { get; init; }

    /// <summary>Other ways people ask for this passage (guide sections only).</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>The month or year this passage speaks from, if it differs from the document's.</summary>
    public string? DatedLabel { get; init; }

    /// <summary>The date to say with the answer: the passage's own, else the document's.</summary>
    public string DateLabel => DatedLabel ?? Document.DateLabel;

    /// <summary>Position in the document, starting at 0.</summary>
    public int Ordinal { get; init; }
}
