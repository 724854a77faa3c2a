namespace CroydonBot.Safety;

/// <summary>The security headers on every response. Only frame-ancestors usually needs changing, to embed the widget.</summary>
public sealed class SecurityHeadersOptions
{
    public const string Section = "SecurityHeaders";

    /// <summary>
    /// Who may show our pages in a frame: "'self'" by default; add the council site's origin
    /// (e.g. "'self' https://www.croydon.gov.uk") to embed the chat widget there, or "'none'" to forbid it.
    /// </summary>
    public string FrameAncestors { get; set; } = "'self'";

    /// <summary>
    /// The Content Security Policy without frame-ancestors. No third-party source: every script, style,
    /// font and image is served by the bot itself. Inline styles are allowed because Web Chat sets them.
    /// </summary>
    public string ContentSecurityPolicy { get; set; } =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; media-src 'self' blob:; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'";

    public string ReferrerPolicy { get; set; } = "no-referrer";

    public string PermissionsPolicy { get; set; } = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
}
