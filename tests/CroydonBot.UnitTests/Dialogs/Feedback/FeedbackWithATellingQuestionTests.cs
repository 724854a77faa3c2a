using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AR (route-ar): feedback already said that the message's shape reads as a question (a proposal put as a question, a
/// rhetorical question, a story the shape reads as asking) is offered as the feedback when the model is sure of the whole and
/// every asked clause alone reads as feedback; a story followed by a question of fact is still answered. Phrasings of our own.
/// </summary>
public sealed class FeedbackWithATellingQuestionTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private static readonly SmallTalkMatcher SmallTalk = new(YamlFile.Read<SmallTalkData>(DialogFiles.Path(SmallTalkData.File)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model, smallTalk: SmallTalk);

    [Theory]
    [InlineData("my review got moved three times and nobody rang me, i turned up to an empty room. i want the manager told this isnt ok")]
    [InlineData("the hostel staff were honestly amazing when my flat flooded, can the council know how good they were")]
    public void SureFeedbackWithATellingQuestionIsOffered(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true, Message: not null }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("my PA stopped visiting when i turned 21, is that even allowed? how long are you meant to get a PA for")]
    [InlineData("we complained for ages about the hostel. is there anything now that helps care leavers find housing earlier")]
    public void AStoryThenAQuestionOfFactIsNotOffered(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }
}
