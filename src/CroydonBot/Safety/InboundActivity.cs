using CroydonBot.Protocol;

namespace CroydonBot.Safety;

/// <summary>
/// Reads the activity in a POST to /api/messages before the endpoint does, so the rate limiter can count
/// per conversation. The body is buffered and rewound; the endpoint still reads and validates it itself.
/// </summary>
public sealed class InboundActivity(RequestDelegate next)
{
    private const string ItemKey = "CroydonBot.InboundActivity";

    public async Task InvokeAsync(HttpContext http)
    {
        if (HttpMethods.IsPost(http.Request.Method)
            && http.Request.Path.Equals("/api/messages", StringComparison.OrdinalIgnoreCase)
            && http.Request.ContentLength is null or <= MessagesEndpoint.MaxBodyBytes)
        {
            // The limit leaves room for the last chunk read past MaxBodyBytes, so the endpoint can answer 413 itself.
            http.Request.EnableBuffering(bufferThreshold: 64 * 1024, bufferLimit: MessagesEndpoint.MaxBodyBytes + 64 * 1024);
            var body = await ReadAsync(http.Request.Body, http.RequestAborted);
            http.Request.Body.Position = 0;
            if (body is not null && ActivityReader.Parse(body).Activity is { } activity)
            {
                http.Items[ItemKey] = activity;
            }
        }
        await next(http);
    }

    /// <summary>The activity in this request, when it is a readable POST to /api/messages.</summary>
    public static Activity? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var value) ? value as Activity : null;

    /// <summary>Reads at most the endpoint's limit; null when the body is larger (the endpoint answers 413).</summary>
    private static async Task<byte[]?> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
            {
                if (buffer.Length + read > MessagesEndpoint.MaxBodyBytes)
                {
                    return null;
                }
                buffer.Write(chunk, 0, read);
            }
        }
        catch (IOException)
        {
            // Over the buffer limit or a broken upload: the endpoint reports it.
            return null;
        }
        return buffer.ToArray();
    }
}
