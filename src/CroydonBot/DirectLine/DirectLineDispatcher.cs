using CroydonBot.Bot;
using CroydonBot.Protocol;
using Microsoft.Extensions.Options;

namespace CroydonBot.DirectLine;

/// <summary>
/// Hands Direct Line activities to the bot in-process, through the same <see cref="BotAdapter"/> as
/// /api/messages, with replies going into the conversation log.
/// </summary>
public sealed class DirectLineDispatcher(
    BotAdapter adapter,
    DirectLineReplySinkFactory sinks,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<DirectLineDispatcher> logger)
{
    public const string DirectLineChannel = "directline";
    public const string WebChatChannel = "webchat";

    private readonly DirectLineOptions _options = options.Value;

    public ChannelAccount Bot => new() { Id = _options.BotId, Name = _options.BotName, Role = "bot" };

    /// <summary>
    /// Tells the bot the conversation started, with both members added at once, as Direct Line does for a
    /// token that names its user; the bot answers with its welcome.
    /// </summary>
    public Task<bool> StartAsync(DirectLineConversation conversation, string serviceUrl, string? locale)
    {
        var user = new ChannelAccount { Id = conversation.UserId, Role = "user" };
        var update = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            Timestamp = time.GetUtcNow(),
            ChannelId = DirectLineChannel,
            ServiceUrl = serviceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            From = user,
            Recipient = Bot,
            Locale = locale,
            MembersAdded = [Bot, user],
        };
        return DispatchAsync(conversation, update);
    }

    /// <summary>
    /// Stores the user's activity (the echo Web Chat waits for, channelData and all) and runs the bot's turn.
    /// Returns the stored activity's id, and whether the bot handled it.
    /// </summary>
    public async Task<(string? Id, bool Handled)> PostAsync(DirectLineConversation conversation, Activity activity, string serviceUrl)
    {
        activity.ChannelId = string.Equals(activity.ChannelId, WebChatChannel, StringComparison.Ordinal) ? WebChatChannel : DirectLineChannel;
        activity.ServiceUrl = serviceUrl;
        activity.Conversation = new ConversationAccount { Id = conversation.Id };
        activity.Recipient = Bot;
        activity.From ??= new ChannelAccount();
        // A token bound to a user decides who is speaking, whatever the body says.
        if (conversation.UserId is not null)
        {
            activity.From.Id = conversation.UserId;
        }
        activity.From.Role ??= "user";
        // PROTOCOL: replies always go to the log; a Direct Line client cannot ask for expectReplies.
        activity.DeliveryMode = null;

        if (activity.Type == ActivityTypes.Typing)
        {
            // The user's typing is shown to nobody else and means nothing to the bot.
            activity.Id = Guid.NewGuid().ToString("N");
            activity.Timestamp = time.GetUtcNow();
            conversation.Broadcast(activity);
            return (activity.Id, true);
        }
        // The log keeps its own copy, so nothing the bot does to the activity changes what the client sees.
        var echo = conversation.Append(activity with { }, time.GetUtcNow());
        activity.Id = echo.Id;
        activity.Timestamp = echo.Timestamp;
        return (echo.Id, await DispatchAsync(conversation, activity));
    }

    private async Task<bool> DispatchAsync(DirectLineConversation conversation, Activity activity)
    {
        sinks.Register(activity, conversation);
        // The turn finishes even if the client hangs up: the reply then waits in the log for its return.
        var cancellationToken = lifetime.ApplicationStopping;
        await conversation.TurnGate.WaitAsync(cancellationToken);
        try
        {
            await adapter.ProcessActivityAsync(activity, EntryPoints.DirectLine, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Direct Line could not deliver a {Type} activity to the bot", activity.Type);
            return false;
        }
        finally
        {
            conversation.TurnGate.Release();
        }
    }
}
