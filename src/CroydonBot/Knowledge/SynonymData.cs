namespace CroydonBot.Knowledge;

/// <summary>seeds/synonyms.yaml: how young people say things, so questions meet the documents' words.</summary>
public sealed class SynonymData
{
    public const string File = "synonyms.yaml";

    /// <summary>Words and phrases that mean the same thing here.</summary>
    public List<List<string>> Groups { get; set; } = [];

    /// <summary>Abbreviations and text speak, mapped to plain words.</summary>
    public Dictionary<string, string> TextSpeak { get; set; } = [];
}
