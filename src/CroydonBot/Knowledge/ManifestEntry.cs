namespace CroydonBot.Knowledge;

/// <summary>What is known about one knowledge document: who published it, when it speaks from, where it lives.</summary>
public sealed class ManifestEntry
{
    public string File { get; set; } = "";
    public string Title { get; set; } = "";
    public string Publisher { get; set; } = "";

    /// <summary>The date the document speaks from (for guides, the date it was checked).</summary>
    public DateOnly Date { get; set; }

    /// <summary>How the date is said to a young person, e.g. "October 2024".</summary>
    public string DateLabel { get; set; } = "";

    public string Url { get; set; } = "";

    /// <summary>news, minutes, faq or guide.</summary>
    public string Kind { get; set; } = "";

    /// <summary>current, or historical for a document whose position has since changed.</summary>
    public string Status { get; set; } = "current";

    /// <summary>For historical documents: what has happened since, said after any answer from it.</summary>
    public string? SinceThen { get; set; }

    /// <summary>The subject for staff analytics: ofsted, entitlements or ambassadors.</summary>
    public string Topic { get; set; } = "";

    public DateOnly? CheckedOn { get; set; }
    public List<string> Sources { get; set; } = [];

    public bool IsHistorical => string.Equals(Status, "historical", StringComparison.OrdinalIgnoreCase);
}
