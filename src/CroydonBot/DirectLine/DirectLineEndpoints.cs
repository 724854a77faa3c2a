using System.Text.Json;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.DirectLine;

/// <summary>
/// The embedded Direct Line 3.0 REST API at /v3/directline, enough for Web Chat and DLJS: tokens,
/// conversations, activities (send and poll) and the WebSocket stream (<see cref="DirectLineStream"/>).
/// </summary>
public static class DirectLineEndpoints
{
    public static IEndpointRouteBuilder MapDirectLine(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(DirectLineUrls.Base).DisableAntiforgery();
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.Map("/conversations/{conversationId}/stream", DirectLineStream.HandleAsync);
        // PROTOCOL: no /upload (attachments) and no /session/getsessionid (sign-in cards): the bot needs
        // neither, and the page hides Web Chat's upload button. Both answer 404.
        return app;
    }

    private static async Task<IResult> GenerateTokenAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStore store, DirectLineTokenService tokens)
    {
        var (caller, error) = await auth.FromHeaderAsync(request);
        if (caller is null)
        {
            return error!;
        }
        if (!caller.HasSecret)
        {
            return DirectLineErrors.Unauthorized("tokens/generate needs the Direct Line secret.");
        }
        var (parameters, badBody) = await ReadJsonAsync<TokenParameters>(request);
        if (badBody is not null)
        {
            return badBody;
        }
        var conversation = store.Create(NonEmpty(parameters?.User?.Id));
        return Results.Json(Describe(conversation, tokens.Issue(conversation.Id, conversation.UserId), tokens), ProtocolJson.Options);
    }

    private static async Task<IResult> RefreshTokenAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStore store, DirectLineTokenService tokens)
    {
        var (caller, error) = await auth.FromHeaderAsync(request);
        if (caller is null)
        {
            return error!;
        }
        if (caller.Token is not { } token)
        {
            return DirectLineErrors.BadArgument("tokens/refresh refreshes a token, not the secret.");
        }
        if (store.Find(token.ConversationId) is not { } conversation)
        {
            return DirectLineErrors.NotFound("The conversation no longer exists.");
        }
        return Results.Json(Describe(conversation, tokens.Issue(conversation.Id, token.UserId), tokens), ProtocolJson.Options);
    }

    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStore store, DirectLineTokenService tokens, DirectLineDispatcher dispatcher)
    {
        var (caller, error) = await auth.FromHeaderAsync(request);
        if (caller is null)
        {
            return error!;
        }
        var (parameters, badBody) = await ReadJsonAsync<TokenParameters>(request);
        if (badBody is not null)
        {
            return badBody;
        }
        var requestedUser = NonEmpty(parameters?.User?.Id);
        DirectLineConversation? conversation;
        if (caller.Token is { } token)
        {
            conversation = store.Find(token.ConversationId);
            if (conversation is null)
            {
                return DirectLineErrors.NotFound("The conversation no longer exists.");
            }
        }
        else
        {
            conversation = store.Create(requestedUser);
        }
        // A user no one named still needs an id: the bot greets members by id.
        var started = conversation.TryStart(caller.Token?.UserId ?? requestedUser ?? "dl_" + Guid.NewGuid().ToString("N"));
        var bearer = caller.RawToken ?? tokens.Issue(conversation.Id, conversation.UserId);
        if (started && !await dispatcher.StartAsync(conversation, DirectLineUrls.ServiceUrl(request), NonEmpty(parameters?.Locale)))
        {
            return DirectLineErrors.BotError();
        }
        // The stream of a new conversation starts at its beginning, so the welcome sent during this call arrives.
        var body = Describe(conversation, bearer, tokens) with { StreamUrl = DirectLineUrls.Stream(request, conversation.Id, bearer, 0) };
        return Results.Json(body, ProtocolJson.Options, statusCode: started ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStore store, DirectLineTokenService tokens)
    {
        var (caller, conversation, error) = await AuthorizeAsync(request, auth, store, conversationId);
        if (conversation is null)
        {
            return error!;
        }
        // Without a watermark the new stream carries only what happens from now on.
        if (!DirectLineUrls.TryParseWatermark(watermark, conversation.Watermark, out var from))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this conversation gave out.");
        }
        var bearer = caller!.RawToken ?? tokens.Issue(conversation.Id, conversation.UserId);
        var body = Describe(conversation, bearer, tokens) with { StreamUrl = DirectLineUrls.Stream(request, conversation.Id, bearer, from) };
        return Results.Json(body, ProtocolJson.Options);
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStore store, DirectLineDispatcher dispatcher,
        ActivityLimits limits, Microsoft.Extensions.Options.IOptions<DirectLineOptions> options, DirectLineConversationLimiter limiter, ReplyFactory replies)
    {
        var (_, conversation, error) = await AuthorizeAsync(request, auth, store, conversationId);
        if (conversation is null)
        {
            return error!;
        }
        if (limiter.TryTake(conversation.Id) is { } retryAfter)
        {
            // Refused before the body is read: a flood costs the server as little as possible.
            request.HttpContext.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return DirectLineErrors.TooManyRequests(replies.Fill(replies.Wording.RateLimited.Text));
        }
        var (activity, badBody) = await ReadJsonAsync<Activity>(request, options.Value.MaxActivityBytes);
        if (badBody is not null)
        {
            return badBody;
        }
        if (activity is null || string.IsNullOrWhiteSpace(activity.Type))
        {
            return DirectLineErrors.Error(StatusCodes.Status400BadRequest, "MissingProperty", "Send one Activity with a 'type'.");
        }
        if (limits.Check(activity) is { } tooBig)
        {
            return tooBig.Status == StatusCodes.Status413PayloadTooLarge
                ? DirectLineErrors.TooLarge()
                : DirectLineErrors.BadArgument(tooBig.Title);
        }
        var (id, handled) = await dispatcher.PostAsync(conversation, activity, DirectLineUrls.ServiceUrl(request));
        // Direct Line's status reflects the bot's: 502 when the bot failed.
        return handled ? new ProtocolJsonResult<ResourceResponse>(new ResourceResponse(id)) : DirectLineErrors.BotError();
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStore store)
    {
        var (_, conversation, error) = await AuthorizeAsync(request, auth, store, conversationId);
        if (conversation is null)
        {
            return error!;
        }
        if (!DirectLineUrls.TryParseWatermark(watermark, 0, out var from))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this conversation gave out.");
        }
        return Results.Bytes(conversation.Read(from), "application/json; charset=utf-8");
    }

    /// <summary>Checks the caller may use the conversation and that it has started.</summary>
    internal static async Task<(DirectLineCaller? Caller, DirectLineConversation? Conversation, IResult? Error)> AuthorizeAsync(
        HttpRequest request, DirectLineAuthenticator auth, DirectLineConversationStore store, string conversationId, string? credential = null)
    {
        var (caller, error) = credential is null ? await auth.FromHeaderAsync(request) : await auth.FromCredentialAsync(credential);
        if (caller is null)
        {
            return (null, null, error);
        }
        if (!caller.MayUse(conversationId))
        {
            return (caller, null, DirectLineErrors.Forbidden("This token belongs to another conversation."));
        }
        var conversation = store.Find(conversationId);
        if (conversation is not { Started: true })
        {
            return (caller, null, DirectLineErrors.NotFound("There is no such conversation; start one with POST /v3/directline/conversations."));
        }
        return (caller, conversation, null);
    }

    private static DirectLineConversationResponse Describe(DirectLineConversation conversation, string token, DirectLineTokenService tokens) =>
        new(conversation.Id, token, (int)tokens.Lifetime.TotalSeconds);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    /// <summary>Reads an optional JSON body of at most <paramref name="maxBytes"/>; an empty body is null, a bad one a 400.</summary>
    private static async Task<(T? Value, IResult? Error)> ReadJsonAsync<T>(HttpRequest request, int maxBytes = ActivityRequest.MaxBodyBytes) where T : class
    {
        if (request.ContentLength > maxBytes)
        {
            return (null, DirectLineErrors.TooLarge());
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (null, DirectLineErrors.TooLarge());
            }
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0)
        {
            return (null, null);
        }
        try
        {
            return (JsonSerializer.Deserialize<T>(buffer.ToArray(), ProtocolJson.Options), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineErrors.BadArgument("The body is not valid JSON of the expected shape."));
        }
    }
}
