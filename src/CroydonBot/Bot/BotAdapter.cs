using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.Options;

namespace CroydonBot.Bot;

/// <summary>
/// Runs one turn, as Bot Builder's CloudAdapter does: loads the conversation's state, runs the bot with a
/// single <see cref="OnTurnErrorAsync"/> safety net, shows typing when the answer takes a moment, saves
/// state and records the question. Replies go through the connector, or are returned for expectReplies.
/// </summary>
public sealed class BotAdapter(
    IBot bot,
    IConversationStateStore stateStore,
    IQuestionRecorder recorder,
    IReplySinkFactory sinks,
    IEnumerable<IReplyShaper> shapers,
    ReplyFactory replies,
    IOptions<BotOptions> options,
    ILogger<BotAdapter> logger,
    BotMetrics? metrics = null)
{
    /// <summary>Processes an activity; returns the buffered replies for expectReplies, otherwise null.</summary>
    public Task<ExpectedReplies?> ProcessActivityAsync(Activity activity, CancellationToken cancellationToken) =>
        ProcessActivityAsync(activity, EntryPoints.Messages, cancellationToken);

    /// <summary>
    /// Processes an activity that came in at <paramref name="entryPoint"/> (<see cref="EntryPoints"/>), whose
    /// conversation state is kept apart from every other entry point's.
    /// </summary>
    public async Task<ExpectedReplies?> ProcessActivityAsync(Activity activity, string entryPoint, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var scope = EntryPoints.StateScope(entryPoint, activity.ChannelId);
        var buffered = activity.ExpectsReplies ? new BufferedReplySink() : null;
        var sink = ShapedReplySink.Wrap(buffered ?? sinks.Create(activity), shapers);
        var state = await stateStore.LoadAsync(scope, activity.Conversation!.Id!, cancellationToken);
        var context = new TurnContext(activity, state, sink);

        await RunWithTypingAsync(context, buffered is null, cancellationToken);

        // Recorded first: the log id goes into the state so "was this helpful?" can find the question.
        await recorder.RecordAsync(context, cancellationToken);
        await stateStore.SaveAsync(scope, activity.Conversation!.Id!, state, cancellationToken);
        metrics?.RecordTurn(entryPoint, activity.ChannelId, activity.Type, context.Record.Kind, context.Record.SafeguardingFlag,
            System.Diagnostics.Stopwatch.GetElapsedTime(started));
        return buffered is null ? null : new ExpectedReplies(buffered.Replies);
    }

    private async Task RunWithTypingAsync(TurnContext context, bool canShowTyping, CancellationToken cancellationToken)
    {
        using var turnDone = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = canShowTyping && context.Activity.Type == ActivityTypes.Message
            ? ShowTypingAsync(context, turnDone.Token)
            : Task.CompletedTask;
        try
        {
            await bot.OnTurnAsync(context, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await OnTurnErrorAsync(context, ex, cancellationToken);
        }
        finally
        {
            await turnDone.CancelAsync();
            await typing;
        }
    }

    /// <summary>
    /// Sends typing only if the turn is still running after a short delay, then every 2 s (A6001),
    /// so quick answers are not preceded by a flicker of dots.
    /// </summary>
    private async Task ShowTypingAsync(TurnContext context, CancellationToken turnDone)
    {
        try
        {
            await Task.Delay(options.Value.TypingDelay, turnDone);
            while (!turnDone.IsCancellationRequested)
            {
                await context.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, turnDone);
                await Task.Delay(TimeSpan.FromSeconds(2), turnDone);
            }
        }
        catch (OperationCanceledException)
        {
            // The turn finished: no more typing needed.
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not send a typing indicator");
        }
    }

    /// <summary>The one error handler: log it, tell the user kindly, never let it reach the channel as a 500.</summary>
    private async Task OnTurnErrorAsync(TurnContext context, Exception exception, CancellationToken cancellationToken)
    {
        logger.LogError(exception, "Unhandled error in a {Type} turn on {Channel}", context.Activity.Type, context.Activity.ChannelId);
        context.Record.Kind ??= ReplyKinds.Fallback;
        try
        {
            await context.SendActivityAsync(replies.TurnError(), cancellationToken);
        }
        catch (Exception sendFailure)
        {
            logger.LogError(sendFailure, "Could not tell the user about the error");
        }
    }
}
