using CroydonBot.Bot;
using CroydonBot.Protocol;
using Microsoft.Extensions.Options;

namespace CroydonBot.Cards;

/// <summary>Sends answers as Adaptive Cards on the channels listed in <see cref="CardOptions.Channels"/>.</summary>
public sealed class CardReplyShaper(AnswerCard answerCard, IOptions<CardOptions> options, ILogger<CardReplyShaper> logger) : IReplyShaper
{
    public Activity Shape(Activity incoming, Activity reply)
    {
        if (!AnswerCard.IsAnswer(reply) || !options.Value.EffectiveChannels.Contains(incoming.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return reply;
        }
        try
        {
            return answerCard.Apply(reply);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException or InvalidCastException)
        {
            // A broken template must not cost the young person their answer: send it as plain text.
            logger.LogError(ex, "Could not build the answer card; sending plain text");
            return reply;
        }
    }
}
