using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.Safety;

/// <summary>
/// Applies <see cref="SafetyRateLimits"/> to every request; a refused request gets a kind answer, not a bare error.
/// Why not ASP.NET Core's UseRateLimiter: its middleware makes a partitioned limiter of its own for endpoint policies
/// (this app has none) and never disposes it, so its timer kept every stopped app alive (the integration tests' hosts
/// piled up to gigabytes). The queue limit is 0, so trying once is all the framework's middleware would do either way.
/// </summary>
public sealed class SafetyRateLimitMiddleware(RequestDelegate next, SafetyRateLimits limits, ReplyFactory replies)
{
    public async Task InvokeAsync(HttpContext http)
    {
        using (var lease = limits.All.AttemptAcquire(http))
        {
            if (lease.IsAcquired)
            {
                await next(http);
                return;
            }
        }

        await RefuseAsync(http);
    }

    private async Task RefuseAsync(HttpContext http)
    {
        var text = replies.Fill(replies.Wording.RateLimited.Text);
        http.Response.Headers.RetryAfter = "60";
        if (InboundActivity.Of(http) is { ExpectsReplies: true, Type: ActivityTypes.Message } activity)
        {
            // PROTOCOL: an expectReplies caller shows what is in the body, so it gets 200 with a kind message
            // instead of a 429 it would show as a failure. Nothing is logged or stored for this activity.
            var reply = replies.Message(replies.Wording.RateLimited.Text, ReplyKinds.Fallback);
            reply.Conversation = activity.Conversation;
            reply.From = activity.Recipient;
            reply.Recipient = activity.From;
            reply.ReplyToId = activity.Id;
            reply.ChannelId = activity.ChannelId;
            reply.Id = Guid.NewGuid().ToString("N");
            http.Response.StatusCode = StatusCodes.Status200OK;
            await http.Response.WriteAsJsonAsync(new ExpectedReplies([reply]), ProtocolJson.Options, http.RequestAborted);
            return;
        }
        // Normal delivery: the channel retries or shows "not sent"; the title says why in plain words.
        http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        await Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: text).ExecuteAsync(http);
    }
}
