namespace CroydonBot.Knowledge;

/// <summary>seeds/cleaning.yaml: patterns for page furniture.</summary>
public sealed class CleaningRules
{
    public const string File = "cleaning.yaml";

    /// <summary>A line matching one of these ends the document's content.</summary>
    public List<string> CutFrom { get; set; } = [];

    /// <summary>Lines matching one of these are dropped.</summary>
    public List<string> DropLines { get; set; } = [];
}
