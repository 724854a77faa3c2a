using CroydonBot.Bot;
using CroydonBot.Protocol;
using CroydonBot.Safety;

namespace CroydonBot.Channels;

/// <summary>The Bot Framework messaging endpoint, POST /api/messages.</summary>
public static class MessagesEndpoint
{
    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/messages", HandleAsync).DisableAntiforgery();
        app.MapMethods("/api/messages", ["GET", "PUT", "DELETE", "PATCH"], () =>
            Results.Problem(statusCode: StatusCodes.Status405MethodNotAllowed, title: "Use POST to send an activity."));
        return app;
    }

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        IChannelAuthenticator authenticator,
        BotAdapter adapter,
        ReplayGuard replays,
        CancellationToken cancellationToken)
    {
        if (!IsJson(http.Request.ContentType))
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Send the activity as application/json.");
        }
        // The safety middleware has usually read the body already (to rate-limit per conversation).
        var request = ActivityRequest.Of(http) ?? await ActivityRequest.ReadAsync(http, cancellationToken);
        if (request.TooLarge)
        {
            return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: $"An activity may be at most {ActivityRequest.MaxBodyBytes / 1024} KB.");
        }
        if (request.Activity is not { } activity)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "This is not an activity the bot can read.", detail: request.Error);
        }
        if (!await authenticator.AuthenticateAsync(http.Request.Headers.Authorization, activity, cancellationToken))
        {
            // No detail: a caller probing tokens learns nothing from the answer.
            return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }
        if (activity.Type == ActivityTypes.Invoke)
        {
            // PROTOCOL: an invoke's HTTP status is its result. The bot handles no invoke names (its cards use
            // Action.Submit, which arrives as a message), so all get 501, as BotBuilder answers unknown ones.
            return Results.StatusCode(StatusCodes.Status501NotImplemented);
        }
        if (!replays.TryAccept(activity))
        {
            // PROTOCOL: a replayed activity id is acknowledged (200) but not answered or logged again.
            return activity.ExpectsReplies ? Results.Json(new ExpectedReplies([]), ProtocolJson.Options) : Results.Ok();
        }
        ExpectedReplies? replies;
        try
        {
            replies = await adapter.ProcessActivityAsync(activity, cancellationToken);
        }
        catch
        {
            // Not answered: the channel's retry must be processed, not dropped as a replay.
            replays.Release(activity);
            throw;
        }
        return replies is null ? Results.Ok() : new ProtocolJsonResult<ExpectedReplies>(replies);
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null &&
        (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ||
         contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));
}
