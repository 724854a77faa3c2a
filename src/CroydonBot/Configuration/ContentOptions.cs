namespace CroydonBot.Configuration;

/// <summary>Where the editable content lives: the knowledge documents and the bot's wording.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>The seeds folder (documents, manifest, synonyms), relative to the app's folder unless absolute.</summary>
    public string SeedsPath { get; set; } = "seeds";

    /// <summary>The dialogs folder (wording, small talk, dialog definitions), relative to the app's folder unless absolute.</summary>
    public string DialogsPath { get; set; } = "dialogs";

    public string SeedsFullPath => Resolve(SeedsPath);
    public string DialogsFullPath => Resolve(DialogsPath);

    /// <summary>A file in the dialogs folder: <c>DialogsFile("cards", "answer.json")</c>.</summary>
    public string DialogsFile(params string[] path) => Path.Combine([DialogsFullPath, .. path]);

    /// <summary>The build copies seeds/ and dialogs/ beside the binary, so relative paths start there.</summary>
    public static string Resolve(string path) => Path.GetFullPath(path, AppContext.BaseDirectory);
}
