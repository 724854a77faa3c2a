using System.Text.RegularExpressions;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Pipeline;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// A report of a child at risk gets how to report it (the children's front door, 999) with its source, not the feedback
/// dialog and not a search. Phrasings of our own, none from an evaluation set or a training file.
/// </summary>
public sealed partial class ChildAtRiskStepTests
{
    private readonly ChildAtRiskStep _step = new(RealContent.Replies);

    [Theory]
    [InlineData("i want to report someone who is hurting a child")]
    [InlineData("I need to report a man down my road who hits his kids")]
    [InlineData("how do i report neglect of a kid i know")]
    [InlineData("my neighbours leave their toddler home alone for hours, who do i call")]
    [InlineData("i think my mates little brother is being abused, i want to tell someone")]
    [InlineData("can i report a concern about a baby anonymously")]
    [InlineData("there is a girl at my sisters school who comes in with bruises, where do i go with that")]
    public void AReportOfAChildAtRiskIsRecognised(string text) => Assert.True(ChildAtRiskReport.Matches(text), text);

    [Theory]
    // The young person at risk themselves: the safeguarding reply's, which runs first.
    [InlineData("my dad hits me and my little sister")]
    [InlineData("im being hurt at home by my stepmum")]
    // Questions for the guides about the service, and feedback that only mentions children.
    [InlineData("what did ofsted say about how croydon protects children at risk")]
    [InlineData("how many children in croydon are in care")]
    [InlineData("i want to complain that my social worker never visits my kids")]
    [InlineData("i want to give feedback about the kids club at the hub, it was brilliant")]
    [InlineData("can i report a problem with the app")]
    [InlineData("i want to raise a concern that my little sister in foster care never gets her clothing allowance")]
    public void OtherMessagesAreNot(string text) => Assert.False(ChildAtRiskReport.Matches(text), text);

    [Fact]
    public async Task TheReplySaysHowToReportItWithItsSource()
    {
        var (context, sink) = Turn.Of("i want to report someone who is hurting a child");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Contains("999", reply.Text);
        Assert.Contains("020 8255 2888", reply.Text);
        Assert.Contains("Source:", reply.Text);
        Assert.DoesNotContain("{", reply.Text);
        Assert.Equal((ReplyKinds.Answer, "child-at-risk", true), (context.Record.Kind, context.Record.Topic, context.Record.IsQuestion));
    }

    [Fact]
    public async Task AfterTheCrisisReplyItIsNotAnsweredAgain()
    {
        var (context, sink) = Turn.Of("i want to report someone who is hurting a child");
        context.Record.Kind = ReplyKinds.Safeguarding;

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Fact]
    public async Task AQuestionIsLeftToTheNextSteps()
    {
        var (context, sink) = Turn.Of("what is the setting up home allowance");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    /// <summary>The bot says only what seeds/ say: every phone number in the reply is one the guides give.</summary>
    [Fact]
    public void EveryNumberInTheReplyIsOneTheGuidesGive()
    {
        var reply = RealContent.Replies.Fill(RealContent.Wording.ChildAtRisk.Text);
        var guides = string.Concat(Directory.EnumerateFiles(SeedPaths.Folder, "guide-*.md").Select(File.ReadAllText));

        var numbers = PhoneNumber().Matches(reply).Select(m => m.Value).ToList();

        Assert.Contains("020 8255 2888", numbers);
        Assert.All(numbers, n => Assert.Contains(n, guides));
    }

    [GeneratedRegex(@"\b(?:999|0\d{2,4}(?: \d{3,4}){1,2})\b")]
    private static partial Regex PhoneNumber();

    [Fact]
    public void ItRunsAfterSafetyAndBeforeTheFeedbackIntent()
    {
        var order = TurnPipeline.Steps.ToList();

        Assert.True(order.IndexOf(typeof(CroydonBot.Safety.SafeguardingStep)) < order.IndexOf(typeof(ChildAtRiskStep)));
        Assert.True(order.IndexOf(typeof(ChildAtRiskStep)) < order.IndexOf(typeof(CroydonBot.Dialogs.Feedback.FeedbackIntentStep)));
    }
}
