using CroydonBot.Bot;
using CroydonBot.Configuration;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.Cards;

/// <summary>Adaptive Card replies for channels that render them (card button clicks are a step of the pipeline).</summary>
public static class CardsServiceCollectionExtensions
{
    public static IServiceCollection AddCards(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CardOptions>().BindConfiguration(CardOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => new AnswerCard(
            CardTemplate.Load(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile("cards", AnswerCard.TemplateFile)),
            sp.GetRequiredService<ReplyFactory>()));
        services.AddSingleton(sp => new CrisisCard(
            CardTemplate.Load(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile("cards", CrisisCard.TemplateFile))));
        services.AddSingleton(sp => new PromptCard(
            CardTemplate.Load(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile("cards", PromptCard.TemplateFile))));
        services.AddSingleton<IReplyShaper, CardReplyShaper>();
        return services;
    }
}
