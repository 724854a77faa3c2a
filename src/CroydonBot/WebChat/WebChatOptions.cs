namespace CroydonBot.WebChat;

/// <summary>
/// Settings of the web widget (section "WebChat"). With <see cref="DirectLineDomain"/> empty the page talks
/// to the embedded Direct Line at /v3/directline; set it (e.g. https://europe.directline.botframework.com/v3/directline)
/// and <see cref="DirectLineSecret"/> to use Azure Bot Service's Direct Line instead.
/// </summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>Azure Direct Line's base address including /v3/directline; empty means the embedded one.</summary>
    public string DirectLineDomain { get; set; } = "";

    /// <summary>The Azure Direct Line secret, exchanged here for a token so it never reaches the browser.</summary>
    public string DirectLineSecret { get; set; } = "";

    public bool UsesEmbeddedDirectLine => string.IsNullOrWhiteSpace(DirectLineDomain);
}
