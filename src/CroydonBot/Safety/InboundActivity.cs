using CroydonBot.Protocol;

namespace CroydonBot.Safety;

/// <summary>
/// Reads the activity in a POST to /api/messages before the endpoint does, so the rate limiter can count
/// per conversation. The body is read once; the endpoint uses what was read here.
/// </summary>
public sealed class InboundActivity(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if (HttpMethods.IsPost(http.Request.Method)
            && http.Request.Path.Equals("/api/messages", StringComparison.OrdinalIgnoreCase))
        {
            await ActivityRequest.ReadAsync(http, http.RequestAborted);
        }
        await next(http);
    }

    /// <summary>The activity in this request, when it is a readable POST to /api/messages.</summary>
    public static Activity? Of(HttpContext http) => ActivityRequest.Of(http)?.Activity;
}
