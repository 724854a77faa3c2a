using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AS (route-as): a situation told, then a question run on with no mark whose subject is a noun (the council, care leavers, a
/// scheme named with "the"), a contracted question word ("whats the") or "whose": the message asks, so the feedback model's middling
/// reading does not offer it as feedback. Praise with "is the best thing" and a verb of doing after a subject pronoun still tell.
/// Phrasings of our own.
/// </summary>
public sealed class RunOnQuestionAboutANamedSubjectTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private static readonly SmallTalkMatcher SmallTalk = new(YamlFile.Read<SmallTalkData>(DialogFiles.Path(SmallTalkData.File)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model, smallTalk: SmallTalk);

    [Theory]
    [InlineData("moving into my first flat next month does the council give care leavers anything for furniture")]
    [InlineData("im 19 and sofa surfing will the council help me find somewhere")]
    [InlineData("my social worker keeps going on about a pathway plan whats that")]
    [InlineData("my college never sorted my bursary form, whose job was it to send it")]
    [InlineData("im living with my nan not foster carers does the staying put thing still work for me")]
    public void ASituationThenARunOnQuestionAsks(string text) =>
        Assert.True(SpeechAct.AsksInARunOnClause(text), text);

    [Theory]
    [InlineData("honestly the drop in is the best thing the council has done for us")]
    [InlineData("my PA did the housing forms for me really quick")]
    [InlineData("the letters never say whos ur new PA when they change")]
    [InlineData("they do care leavers events on weekdays when we are at work")]
    public void TellingWithANounAfterAVerbDoesNotAsk(string text) =>
        Assert.False(SpeechAct.AsksInARunOnClause(text), text);

    [Theory]
    [InlineData("moving into my first flat next month does the council give care leavers anything for furniture")]
    [InlineData("im 19 and sofa surfing will the council help me find somewhere")]
    public void ARunOnQuestionIsNotOfferedAsFeedback(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }
}
