using CroydonBot.Configuration;
using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round W (route-w2): questions that got "Shall I send this as your feedback?" instead of an answer. An alternative question
/// run on without a mark whose second half asks whether something changed since ("or have they", "or has there been") or offers a
/// second kind of thing ("or more like"), after a story that reads as a complaint; and a recommendation asked of the bot
/// ("recommend me ..."), where "recommend" is no way of telling; and the thing wanted named with no verb ("best X for Y", "meaning
/// of X"). In phrasings of our own, with look-alikes that stay feedback.
/// </summary>
public sealed class QuestionsReadAsFeedbackTests
{
    private static readonly FeedbackIntentModel Model = FeedbackIntentModel.Load(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)));
    private static readonly SmallTalkMatcher SmallTalk = new(YamlFile.Read<SmallTalkData>(DialogFiles.Path(SmallTalkData.File)));
    private readonly FeedbackTriggers _triggers = new(DialogFiles.Feedback().Triggers, Model, smallTalk: SmallTalk);

    [Theory]
    [InlineData("the lift in my block was broken all winter. still the same or have they fixed it")]
    [InlineData("the 2019 report on leaving care, still current or has there been another one since")]
    [InlineData("the local offer page was out of date last year, still like that or have they updated it")]
    [InlineData("being a peer mentor, a real job or more like volunteering")]
    public void AnAlternativeQuestionAskingWhatChangedAsks(string text) => Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("the lift in my block was broken all winter and they never fixed it")]
    [InlineData("the out of hours team was useless, sort it out")]
    [InlineData("either fix the heating or give us heaters, its freezing")]
    [InlineData("my flat has had mould for a year and nobody has been round")]
    public void AStatementWithOrOrAPerfectStillTells(string text) => Assert.False(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("the lift in my block was broken all winter. still the same or have they fixed it")]
    [InlineData("the 2019 report on leaving care, still current or has there been another one since")]
    public void AnAlternativeQuestionAfterAComplaintIsNotOffered(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("the out of hours team was useless when i rang, sort it out")]
    [InlineData("the lift in my block has been broken all winter and nobody cares. please pass this on")]
    public void AComplaintWithoutAQuestionIsStillFeedback(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is { Starts: true }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("recommend me a good podcast for the bus", true)]
    [InlineData("can u recommend some books for revising", true)]
    [InlineData("pls recommend a decent film for tonight", true)]
    [InlineData("i recommend the council does drop ins on saturdays", false)]
    [InlineData("id recommend a mentor scheme for new care leavers", false)]
    [InlineData("my PA recommended me for the ambassador thing", false)]
    public void ARecommendationAskedOfTheBotIsRecognised(string text, bool asks) =>
        Assert.Equal(asks, MessageIntent.AsksForARecommendation(text));

    [Theory]
    [InlineData("recommend me some chill songs for revising, need a new playlist")]
    [InlineData("can u recommend a funny series, im bored")]
    public void ARecommendationAskedOfTheBotIsNotOffered(string text)
    {
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }

    [Theory]
    [InlineData("best trainers for running in")]
    [InlineData("cheapest phone contract for someone with no credit history")]
    [InlineData("meaning of corporate parent")]
    [InlineData("definition of the word resilient for my essay")]
    public void TheThingWantedNamedWithNoVerbAsks(string text) => Assert.True(MessageShape.IsQuestion(text), text);

    [Theory]
    [InlineData("best thing for me was the drop in on fridays")]
    [InlineData("best PA in croydon ever, she sorted my flat")]
    [InlineData("best support for care leavers in london was the hub, shame it closed")]
    [InlineData("the best part of the forum is the food")]
    public void ASuperlativeThatJudgesStillTells(string text) => Assert.False(MessageShape.IsQuestion(text), text);

    [Fact]
    public void TheThingWantedNamedWithNoVerbIsNotOffered()
    {
        const string text = "best settings for fortnite to get more wins";
        var trigger = _triggers.Match(text);
        Assert.True(trigger is null or { Starts: false }, $"{text}: {trigger} {Model.Predict(text)}");
    }
}
