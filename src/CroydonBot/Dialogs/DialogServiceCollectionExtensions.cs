using CroydonBot.Bot;
using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Dialogs.Prompts;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.Dialogs;

/// <summary>Registers the dialog engine, its prompts, the feedback dialog from dialogs/feedback.yaml and the two turn steps.</summary>
public static class DialogServiceCollectionExtensions
{
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddSingleton(sp => YamlFile.Read<FeedbackDialogData>(
            Path.Combine(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFullPath, FeedbackDialogData.File)).Validate());
        services.AddSingleton(sp => FeedbackIntentModel.Load(Path.Combine(
            sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFullPath, FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
        services.AddSingleton(sp => new FeedbackTriggers(sp.GetRequiredService<FeedbackDialogData>().Triggers, sp.GetRequiredService<FeedbackIntentModel>()));
        services.AddSingleton<FeedbackSubmitter>();

        services.AddSingleton<Dialog>(sp => new ChoicePrompt(nameof(ChoicePrompt), sp.GetRequiredService<ReplyFactory>()));
        services.AddSingleton<Dialog>(sp => new TextPrompt(nameof(TextPrompt), sp.GetRequiredService<ReplyFactory>()));
        services.AddSingleton<Dialog>(sp => new ConfirmPrompt(nameof(ConfirmPrompt), sp.GetRequiredService<ReplyFactory>(), sp.GetRequiredService<FeedbackDialogData>().Confirm));
        services.AddSingleton<Dialog, FeedbackDialog>();
        services.AddSingleton<DialogSet>();

        services.AddSingleton<ITurnStep, DialogStep>();
        services.AddSingleton<ITurnStep, FeedbackIntentStep>();
        return services;
    }
}
