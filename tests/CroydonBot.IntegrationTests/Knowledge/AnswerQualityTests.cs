using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// The failure classes of issue 12, each with phrasings written for these tests (none from an eval set):
/// the wrong section, a false "I don't know", half answers, a stray sentence from another topic, history
/// read as present, out-of-scope questions answered anyway, and buttons that land on the wrong section.
/// </summary>
public sealed class AnswerQualityTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("does being in care for just a few weeks still count as being a care leaver", "qualifying")]
    [InlineData("how often should my personal adviser come round", "two months")]
    [InlineData("what did the 2018 monitoring visits find", "2018")]
    [InlineData("i turn 24 next month, is it too late to get a pa", "25")]
    [InlineData("my cousin is 13 and in care, does croydon run anything for kids her age", "11 to 16")]
    [InlineData("is the university bursary 2k every year", "whole course")]
    [InlineData("at 23 does a care leaver still get priority need for housing", "21 or over")]
    [InlineData("how long does the care leaver oyster photocard stay valid", "26th birthday")]
    [InlineData("when did croydon's young ambassadors start", "2023")]
    // Who spoke in the minutes: the role asked, not a neighbouring speaker with the same words (a shadow role is another role).
    [InlineData("who was croydon's cabinet member for children and young people at the november 2024 cabinet meeting", "Gatland")]
    [InlineData("what did the assurance panel chair tell cabinet the good grade meant", "exit strategy")]
    [InlineData("what did the young ambassadors tell the cabinet about being ambassadors", "empowering")]
    [InlineData("who led the ofsted inspection in october 2024", "Kennet")]
    // A question inside a complaint is judged on what it asks.
    [InlineData("im fuming that eye tests cost so much, are they meant to be free for care leavers now", "announced")]
    [InlineData("i'd love to join a gym but its too dear, does the local offer help", "gym")]
    // Who complains picks the sense: a third party's complaint is what the inspection found, the asker's is the process.
    [InlineData("did care leavers ever complain to ofsted about their personal advisers", "too many")]
    [InlineData("where should i send a complaint about my leaving care team", "Complaints Resolution Team")]
    // A comparison says both sides.
    [InlineData("what's the difference between a former relevant child and a qualifying care leaver", "13 weeks")]
    // Round I: how often something happens is asked in words of the asker's experience ("barely ever comes round"), money
    // as a pound sign alone, and what a grant buys (furniture for one's own place) rather than its name.
    [InlineData("my leaving care worker barely ever comes round, how often should they visit", "every two months")]
    [InlineData("can ambassadors get £ for the work they do", "paid")]
    [InlineData("i need a sofa and a bed for my own place, is there a grant for that", "setting-up-home allowance")]
    public async Task TheSectionThatAnswersIsTheOneUsed(string question, string expected)
    {
        var answer = await AnswerAsync(question);

        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("im really scared because im turning 18 soon and i dont want to leave my foster mum, is there any way i can keep living with her after my birthday", "Staying Put")]
    // The story (a hostel, part-time work, struggling) is in no guide; judged on the whole message, the bot said it did not know.
    [InlineData("ok so my keyworker at the hostel keeps saying everything ends when i hit 21. im doing shifts at a warehouse, not in college, and rent plus bills are killing me. do i lose my adviser?", "25")]
    // The story names the idea ("sixth form") that the question says in another word ("college"): the question still asks it.
    [InlineData("I'm his foster mum. He's 17 and doing A levels at sixth form. Does the college just give him the bursary?", "up to £1,200")]
    public async Task ALongWorriedQuestionStillGetsItsAnswer(string question, string expected)
    {
        var answer = await AnswerAsync(question);

        Assert.Contains(expected, answer.Text);
    }

    [Fact]
    public async Task AQuestionAfterAStoryIsAnsweredFromItsOwnWords()
    {
        // The story's words (a foster carer, a flat, bills, mates) are in no guide; counted in full, they put the
        // council tax section below the confidence bar.
        var answer = await AnswerAsync("My foster carer has been brilliant and I'm moving into my own flat next month. It's exciting but scary "
            + "because I've never paid bills before and my mates all say it's expensive. Do care leavers get help with council tax in Croydon?");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(answer));
        Assert.Contains("Council Tax Care Leavers Relief", answer.Text);
    }

    [Fact]
    public async Task ASecondQuestionThatPointsBackIsAnsweredAboutTheFirstsSubject()
    {
        // "how often does it meet" alone matched "often" in a quote about staff; "it" is the council just named.
        var replies = await _host.Client.AskAsync("what is the children in care council and how often does it meet");

        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("Children In Care Council", text);
        Assert.Contains("every month", text);
        Assert.DoesNotContain("tirelessly", text);
    }

    [Fact]
    public async Task TextSpeakTwoPartQuestionIsUnderstood()
    {
        // "hav", "4", "n", "wen": text speak by pattern and by list; "n" joins two questions as "and" does.
        var answer = await AnswerAsync("hw old do u hav 2 be 4 the ambassadors n wen did they start");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(answer));
        Assert.Contains("14 to 25", answer.Text);
    }

    [Fact]
    public async Task AQuestionNamingTheSupersededInspectionYearIsAnsweredAsHistoryFirst()
    {
        // 2020 is an inspection the 2024 one replaced: naming it asks about history, so its findings lead, and
        // "had to work on" is a way of asking what needed to improve.
        var answer = await AnswerAsync("what were the things croydon had to work on after the 2020 inspection");

        var plans = answer.Text!.IndexOf("written plans", StringComparison.Ordinal);
        Assert.True(plans >= 0, answer.Text);
        var now = answer.Text.IndexOf("October 2024", StringComparison.Ordinal);
        Assert.True(now < 0 || plans < now, "the 2020 findings come before the current position: " + answer.Text);
    }

    [Fact]
    public async Task BothQuestionsOfATwoPartMessageAreAnswered()
    {
        var replies = await _host.Client.AskAsync("how much is the uni bursary and what is staying put");

        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("£2,000", text);
        Assert.Contains("foster carer", text);
        Assert.All(replies, r => Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(r)));
    }

    [Fact]
    public async Task APartThatCannotBeAnsweredIsNamed()
    {
        var replies = await _host.Client.AskAsync("what is a pathway plan? and whats the name of the river in the middle of croydon?");

        var text = string.Join("\n", replies.Select(r => r.Text));
        Assert.Contains("pathway plan", text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("whats the name of the river in the middle of croydon", text);
    }

    [Theory]
    [InlineData("what stuff am i entitled to")]
    [InlineData("What can I get as a care leaver?")]
    public async Task ABroadQuestionGetsTheOverviewWithAButtonForEachEntitlement(string question)
    {
        var answer = await AnswerAsync(question);

        Assert.Contains("personal adviser", answer.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Staying Put", answer.Text);
        Assert.Contains("bursary", answer.Text);
        Assert.True(answer.SuggestedActions!.Actions.Count >= 6, "an overview offers a button for each main entitlement");
    }

    [Fact]
    public async Task EveryWelcomeAndOverviewButtonLandsOnItsSection()
    {
        var expected = new Dictionary<string, string>
        {
            ["What can I get as a care leaver?"] = "What you can get as a care leaver: the main things",
            ["What did Ofsted say in 2024?"] = "October 2024",
            ["How do I become a young ambassador?"] = "How to become a young ambassador",
            ["What is a personal adviser?"] = "Personal adviser (PA) up to age 25",
            ["How often is my pathway plan checked?"] = "Pathway plan: what it is and how often it is checked",
            ["How much is the setting-up-home allowance?"] = "Setting-up-home allowance (leaving care grant)",
            ["Do I get money for uni?"] = "University bursary: £2,000",
            ["Can I stay with my foster carers after 18?"] = "Staying Put: staying with your foster carers after 18",
            ["Do care leavers pay council tax in Croydon?"] = "Council tax relief in Croydon",
            ["Am I priority need for housing?"] = "Housing: priority need if you become homeless",
            ["Do care leavers get cheap travel?"] = "Half price bus and tram travel in London",
        };
        var wording = _host.Services.GetRequiredService<Wording>();
        var index = _host.Services.GetRequiredService<KnowledgeIndex>();
        var overview = index.Passages.Single(p => p.Buttons.Count > 0);
        var buttons = wording.Welcome.Suggestions.Concat(wording.Help.Suggestions).Concat(wording.Fallback.Suggestions)
            .Where(b => b != "Give feedback").Concat(overview.Buttons).Distinct().ToList();

        foreach (var button in buttons)
        {
            Assert.True(expected.ContainsKey(button), $"no expected section for the button '{button}': add it here");
            var answer = await AnswerAsync(button);
            var passage = index.Passages.Single(p => p.Id == ReplyChannelData.SourcesOf(answer)[0]);
            Assert.True(passage.Heading.StartsWith(expected[button], StringComparison.Ordinal), $"'{button}' landed on '{passage.Heading}'");
        }
    }

    [Fact]
    public async Task AnAlsoAboutButtonLandsOnTheSectionItNames()
    {
        var index = _host.Services.GetRequiredService<KnowledgeIndex>();
        // A question with close runners-up (the monitoring-visits question this used first now has a clear winner).
        var answer = await AnswerAsync("are ofsted still checking croydon");
        var also = answer.SuggestedActions!.Actions.Select(a => a.Title!).Where(t => t.StartsWith("Also about: ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(also);
        foreach (var button in also)
        {
            var followed = await AnswerAsync(button);
            var passage = index.Passages.Single(p => p.Id == ReplyChannelData.SourcesOf(followed)[0]);
            Assert.Equal(button["Also about: ".Length..], passage.Heading);
        }
    }

    [Fact]
    public async Task AnAnswerAboutPayHasNoSentenceFromAnotherTopic()
    {
        var answer = await AnswerAsync("are the young ambassadors paid for what they do");

        Assert.Contains("compensated for their time", answer.Text);
        Assert.DoesNotContain("£1,000", answer.Text);
        Assert.DoesNotContain("apprentice", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("are ofsted still doing monitoring visits in croydon")]
    [InlineData("is camden still running croydon's children's services")]
    [InlineData("is croydon rated inadequate any more")]
    [InlineData("croydon was judged inadequate by ofsted wasnt it")]
    public async Task AStillQuestionAboutThePastLeadsWithTheCurrentPosition(string question)
    {
        var answer = await AnswerAsync(question);

        var text = answer.Text!;
        var good = text.IndexOf("good", StringComparison.OrdinalIgnoreCase);
        Assert.True(good >= 0, "the current rating is said");
        Assert.Contains("2024", text);
        var history = text.IndexOf("history", StringComparison.OrdinalIgnoreCase);
        Assert.True(history < 0 || good < history, "the current position comes before the history");
    }

    [Theory]
    [InlineData("what ofsted rating did my secondary school get")]
    [InlineData("who should i vote for in the mayor election")]
    [InlineData("can i read my care file")]
    [InlineData("what support does lewisham give care leavers")]
    [InlineData("how much do croydon foster carers get paid a week for staying put")]
    [InlineData("whats the exact amount of universal credit for an 18 year old")]
    [InlineData("should i get a lawyer and sue my old children's home")]
    [InlineData("how much maintenance loan can i borrow")]
    public async Task EdgesGetAnHonestAbstention(string question)
    {
        var reply = (await _host.Client.AskAsync(question)).Single();

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(reply));
    }

    [Fact]
    public async Task TheFallbackSendsCareLeaversToTheirPersonalAdviserNotTheChildrensFrontDoor()
    {
        var reply = (await _host.Client.AskAsync("whats the name of the river in the middle of croydon")).Single();

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(reply));
        Assert.Contains("personal adviser", reply.Text);
        Assert.Contains("18 or over", reply.Text);
        Assert.Contains("under 18", reply.Text);
        Assert.DoesNotContain("8255 2888", reply.Text);
    }

    // Round E classes, phrasings written for these tests.

    [Theory]
    [InlineData("what was the result of the ofsted inspection of croydon's children's services")]
    [InlineData("what did the cabinet note about the inspection")]
    public async Task ARawDocumentsTitleOrAgendaLineIsNeverTheAnswer(string question)
    {
        var answer = await AnswerAsync(question);

        Assert.DoesNotContain("Publication of Report to Follow", answer.Text);
        Assert.DoesNotContain("Note and consider", answer.Text);
        Assert.DoesNotContain("2.1 ", answer.Text);
    }

    [Theory]
    [InlineData("is the setting up home allowance a legal right", "not a legal right")]
    [InlineData("when did the 2024 ofsted report come out", "3 December 2024")]
    [InlineData("which part of croydon's services was not judged good in 2024", "help and protection")]
    // How a payment comes (once, per year, in parts) is a frequency: the sentence that says it is in the answer.
    [InlineData("is the 2k uni bursary given per year or once", "not per year")]
    [InlineData("does the apprentice bursary arrive in one lump", "three payments")]
    [InlineData("which month were the inspectors in croydon in 2020", "February")]
    public async Task TheAnswerSaysTheKindOfFactAsked(string question, string expected)
    {
        var answer = await AnswerAsync(question);

        Assert.Contains(expected, answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("what did ofsted rate lambeth's children's services")]
    [InlineData("how did sutton council do in its last ofsted")]
    // A choice or a prediction about one person's life: the guides say what help exists, not what to choose.
    [InlineData("do i stay in my foster placement or move into a flat, what would you do")]
    [InlineData("will i be given a council house by the end of the year")]
    // Someone's own diary, and a landlord's legal rights over them.
    [InlineData("when will my social worker next come over to see me")]
    [InlineData("my landlady says i have to move out next week, is she legally allowed to")]
    public async Task ARequestBeyondTheGuidesIsDeclinedWithWhoCanHelp(string question)
    {
        var reply = (await _host.Client.AskAsync(question)).Single();

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(reply));
        Assert.Contains("personal adviser", reply.Text);
    }

    [Theory]
    [InlineData("are croydon's children's services still failing kids")]
    [InlineData("croydon was rated inadequate wasnt it")]
    public async Task AHistoryQuestionAboutNowLeadsWithTheCurrentRating(string question)
    {
        var answer = await AnswerAsync(question);

        var firstSentence = (answer.Text ?? "").Split(". ")[0];
        Assert.Contains("good", firstSentence, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<Activity> AnswerAsync(string question)
    {
        var reply = (await _host.Client.AskAsync(question)).Last();
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(reply));
        return reply;
    }
}
