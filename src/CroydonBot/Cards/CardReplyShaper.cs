using CroydonBot.Bot;
using CroydonBot.Protocol;
using Microsoft.Extensions.Options;

namespace CroydonBot.Cards;

/// <summary>
/// Sends answers, the crisis reply and questions with set answers (the feedback dialog's) as Adaptive Cards on the
/// channels listed in <see cref="CardOptions.Channels"/>.
/// </summary>
public sealed class CardReplyShaper(AnswerCard answerCard, CrisisCard crisisCard, PromptCard promptCard, IOptions<CardOptions> options, ILogger<CardReplyShaper> logger) : IReplyShaper
{
    public Activity Shape(Activity incoming, Activity reply)
    {
        var answer = AnswerCard.IsAnswer(reply);
        var prompt = PromptCard.IsPrompt(reply);
        if (!(answer || prompt || CrisisCard.IsCrisis(reply)) || !options.Value.EffectiveChannels.Contains(incoming.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            return reply;
        }
        try
        {
            return answer ? answerCard.Apply(reply) : prompt ? promptCard.Apply(reply) : crisisCard.Apply(reply);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Text.Json.JsonException or InvalidCastException)
        {
            // A broken template must not cost the young person their answer or the helplines: send the text as it is.
            logger.LogError(ex, "Could not build the card; sending plain text");
            return reply;
        }
    }
}
