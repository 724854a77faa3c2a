using System.Globalization;

namespace CroydonBot.DirectLine;

/// <summary>The addresses Direct Line hands out, built from the request so they work behind any host name.</summary>
public static class DirectLineUrls
{
    public const string Base = "/v3/directline";

    /// <summary>
    /// The WebSocket address for a conversation, pre-authorised by the token in the query string as Direct
    /// Line's is. Always ws:// or wss://: older browsers refuse http(s) in the WebSocket constructor.
    /// PROTOCOL: Azure puts a separate stream token in the URL that must be used within 60 s; ours carries the
    /// conversation token itself, valid as long as that token is.
    /// </summary>
    public static string Stream(HttpRequest request, string conversationId, string token, long watermark) =>
        $"{(request.IsHttps ? "wss" : "ws")}://{request.Host}{request.PathBase}{Base}/conversations/{Uri.EscapeDataString(conversationId)}/stream"
        + $"?watermark={watermark.ToString(CultureInfo.InvariantCulture)}&t={Uri.EscapeDataString(token)}";

    /// <summary>The serviceUrl put on activities from Direct Line clients: this host.</summary>
    public static string ServiceUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/";

    /// <summary>Reads a watermark: missing or empty is the start; anything else must be a non-negative number.</summary>
    public static bool TryParseWatermark(string? value, long whenMissing, out long watermark)
    {
        if (string.IsNullOrEmpty(value))
        {
            watermark = whenMissing;
            return true;
        }
        return long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out watermark);
    }
}
