using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Dialogs.Prompts;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.Options;

namespace CroydonBot.Dialogs;

/// <summary>Registers the dialog engine, its prompts, the feedback dialog from dialogs/feedback.yaml (its two turn steps are in the pipeline).</summary>
public static class DialogServiceCollectionExtensions
{
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.AddOptions<FeedbackOptions>().BindConfiguration(FeedbackOptions.Section).ValidateOnStart();
        services.AddOptions<DialogOptions>().BindConfiguration(DialogOptions.Section).ValidateOnStart();
        services.AddSingleton(sp => YamlFile.Read<FeedbackDialogData>(
            sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile(FeedbackDialogData.File)).Validate());
        services.AddSingleton(sp => FeedbackIntentModel.Load(
            sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFile(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
        services.AddSingleton(sp => new FeedbackTriggers(sp.GetRequiredService<FeedbackDialogData>().Triggers, sp.GetRequiredService<FeedbackIntentModel>(),
            smallTalk: sp.GetRequiredService<SmallTalkMatcher>()));
        services.AddSingleton<FeedbackSubmitter>();

        // A text prompt takes almost any text as its answer: it answers a question itself only where the answer has
        // a pattern (an email address); the feedback dialog asks it to answer one put instead of the message.
        services.AddSingleton<Dialog>(sp => new ChoicePrompt(nameof(ChoicePrompt), sp.GetRequiredService<ReplyFactory>(), sp.GetService<IMidDialogQuestions>()));
        services.AddSingleton<Dialog>(sp => new TextPrompt(nameof(TextPrompt), sp.GetRequiredService<ReplyFactory>(), sp.GetService<IMidDialogQuestions>()));
        services.AddSingleton<Dialog>(sp => new ConfirmPrompt(nameof(ConfirmPrompt), sp.GetRequiredService<ReplyFactory>(), sp.GetRequiredService<FeedbackDialogData>().Confirm, sp.GetService<IMidDialogQuestions>()));
        services.AddSingleton<Dialog, FeedbackDialog>();
        services.AddSingleton<DialogSet>();
        services.AddSingleton(sp => PublishedNumbers.From(sp.GetRequiredService<IOptions<ContentOptions>>().Value.DialogsFullPath,
            sp.GetRequiredService<IOptions<ContactOptions>>().Value));
        services.AddSingleton<IConversationStateRedaction, DialogValueRedaction>();
        return services;
    }
}
