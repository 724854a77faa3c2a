using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Pipeline;
using CroydonBot.Replies;
using CroydonBot.Storage;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.Pipeline;

public sealed class OutOfScopeStepTests
{
    private readonly OutOfScopeStep _step = new(RealContent.OutOfScope, RealContent.OutOfScopeClassifier, RealContent.Replies, RealContent.Knowledge(RealContent.Index), Contextual(), RealContent.KnowledgeOptions,
        subjects: new OutsideSubjectMatcher(YamlFile.Read<OutOfScopeData>(Path.Combine(SeedPaths.Dialogs, OutOfScopeData.File))));

    private static ContextualRetrieval Contextual() =>
        new(new FollowUpReader(YamlFile.Read<FollowUpWords>(DialogFiles.Path(FollowUpWords.File))), RealContent.KnowledgeOptions, TimeProvider.System);

    [Fact]
    public async Task ARequestTheBotCannotHelpWithIsAnsweredWithWhoCan()
    {
        var (context, sink) = Turn.Of("has my bursary been approved");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal(RealContent.Replies.Fill(RealContent.OutOfScope.Match("has my bursary been approved")!.Reply), reply.Text);
        Assert.DoesNotContain("{", reply.Text);
        Assert.Equal(RealContent.Wording.Fallback.Suggestions, reply.SuggestedActions!.Actions.Select(a => a.Title));
        Assert.Equal((ReplyKinds.Fallback, "out-of-scope:personal-records", true), (context.Record.Kind, context.Record.Topic, context.Record.IsQuestion));
    }

    // The gate learned from the retriever as the bot runs it (with the ranking weights), so the step gets that retriever.
    private readonly OutOfScopeStep _gated = new(RealContent.OutOfScope, RealContent.OutOfScopeClassifier, RealContent.Replies, RankedKnowledge(), Contextual(), RealContent.KnowledgeOptions,
        CroydonBot.Knowledge.AnswerGate.Read(Path.Combine(SeedPaths.Folder, CroydonBot.Knowledge.AnswerGate.File)));

    private static CroydonBot.Knowledge.Live.IKnowledgeSource RankedKnowledge()
    {
        var index = RealContent.Index;
        var words = YamlFile.Read<CroydonBot.Knowledge.QuestionWords>(Path.Combine(SeedPaths.Folder, CroydonBot.Knowledge.QuestionWords.File));
        var english = CroydonBot.Knowledge.EnglishWords.Read(SeedPaths.Folder);
        var planner = new CroydonBot.Knowledge.QueryPlanner(index, YamlFile.Read<CroydonBot.Knowledge.SynonymData>(Path.Combine(SeedPaths.Folder, CroydonBot.Knowledge.SynonymData.File)), words, english);
        var ranker = new CroydonBot.Knowledge.Reranker(index, words, YamlFile.Read<CroydonBot.Knowledge.RankingWeights>(Path.Combine(SeedPaths.Folder, CroydonBot.Knowledge.RankingWeights.File)), english);
        var retriever = new CroydonBot.Knowledge.Retriever(index, planner, ranker);
        var composer = RealContent.Composer(index);
        return new FixedKnowledge(new CroydonBot.Knowledge.Live.KnowledgeSnapshot(
            0, index, retriever, composer, new CroydonBot.Knowledge.RecentAnswers(retriever, composer, RealContent.KnowledgeOptions), new CroydonBot.Knowledge.Live.TaughtPhrasings(index, [])));
    }

    [Theory]
    [InlineData("wats SUHA")]
    [InlineData("whats SUHA")]
    public async Task ASubjectSaidOnlyByItsAbbreviationGoesOnToTheKnowledgeBaseThoughTheClassifierFlagsIt(string question)
    {
        Assert.True(RealContent.OutOfScopeClassifier.IsOutOfScope(question));
        var (context, sink) = Turn.Of(question);

        Assert.False(await _gated.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Theory]
    [InlineData("what does ilacs mean")]
    [InlineData("What does ILACS mean?")]
    public async Task ASubjectTheAnsweringSectionIsNamedAfterGoesOnToTheKnowledgeBase(string question)
    {
        // "what does X mean" is mostly slang the classifier must decline; a word a guide section's heading names is not slang.
        var (context, sink) = Turn.Of(question);

        Assert.False(await _gated.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Theory]
    [InlineData("whats the ofsted rating for croydon please")]
    [InlineData("whats the ofsted rating for croydon these days")]
    [InlineData("whats the ofsted rating for croydon then")]
    public async Task CroydonsOwnRatingGoesOnToTheKnowledgeBaseThoughTheClassifierFlagsTheWording(string question)
    {
        // "the ofsted rating for X" is mostly a school, a nursery or another council; "croydon" is the guides' own setting, and
        // the section "What is Croydon's rating now?" holds every idea.
        Assert.True(RealContent.OutOfScopeClassifier.IsOutOfScope(question));
        var (context, sink) = Turn.Of(question);

        Assert.False(await _gated.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Theory]
    [InlineData("whats the ofsted rating for croydon sixth form college")]
    [InlineData("whats the ofsted rating for croydon university hospital")]
    public async Task ARatingOfSomethingElseInCroydonIsStillDeclined(string question)
    {
        var (context, _) = Turn.Of(question);

        Assert.True(await _gated.TryHandleAsync(context, CancellationToken.None));
    }

    [Theory]
    [InlineData("what does peng mean")]
    [InlineData("what does bussin mean")]
    public async Task SlangAskedTheSameWayIsStillDeclined(string question)
    {
        Assert.True(RealContent.OutOfScopeClassifier.IsOutOfScope(question));
        var (context, _) = Turn.Of(question);

        Assert.True(await _gated.TryHandleAsync(context, CancellationToken.None));
    }

    [Fact]
    public async Task AMessageWithAnIdeaOfItsOwnBesideAGuideSubjectIsStillTheClassifiersToDecline()
    {
        const string Question = "can u find out y my UC was late";
        Assert.True(RealContent.OutOfScopeClassifier.IsOutOfScope(Question));
        var (context, _) = Turn.Of(Question);

        Assert.True(await _gated.TryHandleAsync(context, CancellationToken.None));
    }

    [Fact]
    public async Task AQuestionTheSeedsMayAnswerGoesOnToTheKnowledgeBase()
    {
        var (context, sink) = Turn.Of("what did ofsted say about croydon in 2024");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Fact]
    public async Task AFollowUpThatPointsBackAtTheSubjectIsLeftToTheKnowledgeBase()
    {
        // Alone, "another council" is out of scope; after a question about Croydon's council tax relief, "does it
        // still count" asks about that relief.
        const string FollowUp = "i'm from another council's care tho, does it still count";
        Assert.NotNull(RealContent.OutOfScope.Match(FollowUp));
        var (context, sink) = Turn.Of(FollowUp);
        context.State.Context = new ConversationContext { Terms = ["council tax", "care leavers", "relief"], Subject = ["council tax", "care leavers"], At = DateTimeOffset.UtcNow };

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Fact]
    public async Task AContinuationNamingItsOwnSubjectIsStillOutOfScope()
    {
        var (context, sink) = Turn.Of("and can you book me a gp appointment");
        context.State.Context = new ConversationContext { Terms = ["gym"], At = DateTimeOffset.UtcNow };

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Single(sink.Replies);
    }

    [Fact]
    public async Task AQuestionNoTopicNamesButTheClassifierFlagsIsDeclinedWithWhoCanHelp()
    {
        // No hand-written topic names a late housing benefit payment; the learned classifier declines it, and the reply
        // sends a care leaver to their PA or the leaving care service and a child to their social worker or Childline.
        const string Question = "can you check why my housing benefit payment hasnt arrived yet";
        Assert.Null(RealContent.OutOfScope.Match(Question));
        var (context, sink) = Turn.Of(Question);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal((ReplyKinds.Fallback, "out-of-scope:" + OutOfScopeStep.LearnedTopic), (context.Record.Kind, context.Record.Topic));
        Assert.Contains("personal adviser", reply.Text);
        Assert.Contains("leaving care service", reply.Text);
        Assert.Contains("Childline", reply.Text);
        Assert.DoesNotContain("{", reply.Text);
        // The children's front door line is for reporting a child at risk, not for someone's own questions.
        Assert.DoesNotContain("8255 2888", reply.Text);
    }

    [Fact]
    public async Task AFollowUpReadAgainstTheSubjectIsNotJudgedByTheClassifier()
    {
        // Alone, "how much does it cost then" has no subject; after a question about the travel card it asks about the card.
        const string FollowUp = "how much does it cost then";
        var (context, sink) = Turn.Of(FollowUp);
        context.State.Context = new ConversationContext { Terms = ["travel", "zip", "photocard", "care leavers"], Subject = ["photocard"], At = DateTimeOffset.UtcNow };

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    // Round AH (conv-ah): in a conversation, a longer message read with the conversation's words is the classifier's again.
    [Theory]
    [InlineData("whats the shared accommodation rate for care leavers", "can u check my UC claim for me")]
    public async Task AQuestionOfItsOwnInAConversationIsStillDeclined(string opening, string message)
    {
        Assert.Null(RealContent.OutOfScope.Match(message));
        Assert.True(RealContent.OutOfScopeClassifier.IsOutOfScope(message));
        var state = new ConversationState();
        await RealContent.AskAsync(RealContent.SeedsKnowledgeStep(), state, opening);
        var (context, _) = Turn.Of(message, state);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        Assert.Equal("out-of-scope:" + OutOfScopeStep.LearnedTopic, context.Record.Topic);
    }

    [Theory]
    [InlineData("is there any discount on buses for care leavers in london", "how much is the card")]
    [InlineData("what's the setting up home allowance", "how much does croydon give exactly")]
    [InlineData("whats the shared accommodation rate thing for care leavers", "what should i tell my work coach")]
    public async Task ALongerFollowUpTheConversationAnswersIsLeftToTheKnowledgeBase(string opening, string followUp)
    {
        var state = new ConversationState();
        await RealContent.AskAsync(RealContent.SeedsKnowledgeStep(), state, opening);
        var (context, sink) = Turn.Of(followUp, state);

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    // Round R (lead): an aside that matched a topic does not decline the question after it.
    [Theory]
    [InlineData("my bank is empty lol 😭 how much is the setting up home allowance")]
    [InlineData("my netflix account got hacked 😂 whats the higher education bursary")]
    public async Task AnAsideBeforeAQuestionTheGuidesAnswerDoesNotDeclineIt(string message)
    {
        Assert.NotNull(RealContent.OutOfScope.Match(message));
        var (context, sink) = Turn.Of(message);

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Theory]
    [InlineData("my bank payment hasnt come in yet. when will it arrive")]
    [InlineData("my landlord wants me out by monday. is he allowed to do that")]
    [InlineData("im in care in lambeth. how much is the setting up home allowance")]
    [InlineData("has my bursary been approved yet? how much is it")]
    public async Task AQuestionAboutAnOutOfScopeStoryIsStillDeclined(string message)
    {
        var (context, sink) = Turn.Of(message);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Single(sink.Replies);
    }

    [Fact]
    public async Task WhereSomeoneHeardAClaimDoesNotMakeItAQuestionAboutThatPlace()
    {
        // The sixth form is where the claim was heard; the claim is about Croydon's rating.
        var (context, sink) = Turn.Of("a girl at my sixth form said croydon was rated inadequate, is that still true");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Fact]
    public async Task AQuestionAboutTheSchoolItselfIsStillDeclined()
    {
        var (context, _) = Turn.Of("what rating did my sixth form get from ofsted");

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Equal("out-of-scope:" + RealContent.OutOfScope.Match("what rating did my sixth form get from ofsted")!.Name, context.Record.Topic);
    }

    // Round AB (abstain-ab): a subject the documents never speak of decides what the question is about.
    [Theory]
    [InlineData("is the leaving care grant bigger in northern ireland", "other-nations")]
    [InlineData("do welsh care leavers get a personal adviser till 25", "other-nations")]
    [InlineData("what did the care quality commission find when it looked at croydon", "other-services")]
    [InlineData("is adult social care in croydon any good", "other-services")]
    public async Task AQuestionAboutASubjectTheDocumentsNeverSpeakOfIsDeclined(string question, string topic)
    {
        Assert.Null(RealContent.OutOfScope.Match(question));
        var (context, sink) = Turn.Of(question);

        Assert.True(await _step.TryHandleAsync(context, CancellationToken.None));

        var reply = Assert.Single(sink.Replies);
        Assert.Equal((ReplyKinds.Fallback, "out-of-scope:" + topic), (context.Record.Kind, context.Record.Topic));
        Assert.Contains("personal adviser", reply.Text);
        Assert.DoesNotContain("{", reply.Text);
    }

    [Fact]
    public async Task AFollowUpAskingWhetherTheLastAnswerHoldsInAnotherNationIsLeftToTheKnowledgeBase()
    {
        // The Covenant's section says it is for England: "does it work in scotland" after it asks about the Covenant.
        var (context, sink) = Turn.Of("would it still count if i went to live in scotland");
        context.State.Context = new ConversationContext { Terms = ["care leaver covenant", "covenant", "jobs"], Subject = ["care leaver covenant"], At = DateTimeOffset.UtcNow };

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }

    [Fact]
    public async Task AnotherNationInTheStoryBeforeAQuestionTheGuidesAnswerDoesNotDeclineIt()
    {
        var (context, sink) = Turn.Of("my cousin lives in wales. how much is the setting up home allowance");

        Assert.False(await _step.TryHandleAsync(context, CancellationToken.None));
        Assert.Empty(sink.Replies);
    }
}
