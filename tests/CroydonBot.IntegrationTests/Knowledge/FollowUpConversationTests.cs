using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// Follow-ups played over the real app, one conversation each: the same question asked again for another year or
/// age, a follow-up naming nothing but a question word, a change of subject, another council, and a goodbye.
/// </summary>
public sealed class FollowUpConversationTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    [Fact]
    public async Task AnotherYearAsksTheSameQuestionAsOfThatYear()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what grade did ofsted give croydon for care leavers in 2024");

        var then = await conversation.ReplyAsync("how about 2020");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(then));
        // The 2020 grade for children in care and care leavers, not the 2024 answer again.
        Assert.Contains("requires improvement", then.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2020", then.Text);
    }

    [Theory]
    [InlineData("am i priority need for housing at 18", "what about when im 23")]
    // Round G: the composed answer for this one said the 18-20 rule again word for word.
    [InlineData("will the council house me if im homeless at 19", "what about if im 22")]
    public async Task AnotherAgeAsksTheSameQuestionAtThatAge(string first, string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var before = await conversation.ReplyAsync(first);

        var older = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(older));
        Assert.NotEqual(before.Text, older.Text);
        // The rule for 21 and over, not the one for 18 to 20 again.
        Assert.Contains("21 or over", older.Text);
        Assert.Contains("vulnerable", older.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    // Round U: a circumstance the follow-up names with a sibling section of its own is that section's question, not the last
    // section saying it does not apply.
    [InlineData("can i keep living with my foster family once im 18", "and what if i grew up in a residential home", "Staying Close")]
    [InlineData("can i keep living with my foster family once im 18", "what about if i was in a care home instead", "Staying Close")]
    [InlineData("is there a bursary for care leavers at sixth form", "and if i go to university instead", "2,000")]
    // Round V: the circumstance said in passing before ("uni") still tells the sibling from the last section.
    [InlineData("torn between uni and an apprenticeship, what money do apprentices get", "what about if i choose uni", "2,000")]
    public async Task ACircumstanceWithASiblingSectionIsAnsweredFromThatSection(string first, string followUp, string expected)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync(first);

        var sibling = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(sibling));
        Assert.Contains(expected, sibling.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ACircumstanceWithoutASiblingSectionStaysACondition()
    {
        // The university bursary is no sibling of the PA's section: going to uni is a condition on how long a PA lasts.
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how long do i keep my personal adviser");

        var condition = await conversation.ReplyAsync("what about if im at uni");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(condition));
        Assert.Contains("25", condition.Text);
        Assert.DoesNotContain("2,000", condition.Text);
    }

    [Theory]
    // Round V (ctx-v2): "uni" is a word the Staying Put section never says, and the university bursary's heading names it, so
    // that section answers; kept on Staying Put, the reply said Staying Put again.
    [InlineData("can i stay on with my foster family when im 18", "and if i go to uni, is there any money")]
    [InlineData("can i stay with my foster family after 18", "and if im at university")]
    public async Task ASubjectTheLastSectionNeverMentionsIsAnsweredFromTheSectionNamingIt(string first, string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync(first);

        var named = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(named));
        Assert.Contains("2,000", named.Text);
    }

    [Theory]
    // Look-alikes: the last section mentions what the follow-up names ("education" for uni, "Tube" for the tube), so it says
    // whether the answer changes, and the conversation stays on it.
    [InlineData("how long can i have a pa for", "what about if i go to uni, do they still visit", "25")]
    [InlineData("how long do i keep my personal adviser", "and if im studying at uni", "25")]
    [InlineData("is there cheaper bus travel for care leavers", "does it work on the tube", "Tube")]
    public async Task ASubjectTheLastSectionMentionsStaysOnThatSection(string first, string followUp, string expected)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync(first);

        var same = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(same));
        Assert.Contains(expected, same.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("2,000", same.Text);
    }

    [Fact]
    public async Task WhatTheySaidAboutSomethingTheLastSectionSaysStaysOnThatSection()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what did ofsted like about croydon");

        var said = await conversation.ReplyAsync("what did they say about the independent visitors");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(said));
        // Ofsted's words about them, not the guide on what an independent visitor is.
        Assert.Contains("impressive", said.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("befriends", said.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AnExceptionIsAnsweredWithTheRuleItLimits()
    {
        // Round U: "There is no discount on the Tube" alone hid the bus and tram fares the card does cover.
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("do care leavers get cheaper travel in london");
        await conversation.ReplyAsync("whats the fee");

        var exception = await conversation.ReplyAsync("is the tube cheaper with it");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(exception));
        Assert.Contains("no discount on the Tube", exception.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("tram", exception.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheOneBeforeStepsBackAlongTheInspectionsUntilThereIsNoEarlierOne()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what grades did croydon get from ofsted in 2024");

        var second = await conversation.ReplyAsync("what about the one before");
        var third = await conversation.ReplyAsync("and the time before");
        var fourth = await conversation.ReplyAsync("n the previous one?");
        var none = await conversation.ReplyAsync("and before that");

        // Each step dated, one inspection back each time, then said plainly that the sources stop.
        Assert.Contains("2020", second.Text);
        Assert.Contains("2017", third.Text);
        Assert.Contains("inadequate", third.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2012", fourth.Text);
        Assert.Contains("earliest", none.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("May 2012", none.Text);
    }

    [Fact]
    public async Task TheOneAfterStepsOnAlongTheInspectionsAndNowJumpsToTheNewest()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what did ofsted think of croydon in 2012");

        var next = await conversation.ReplyAsync("ok n then?");
        var now = await conversation.ReplyAsync("what about now");

        // One inspection on (the 2017 one, not a section that merely mentions ratings), then the newest of the same kind.
        Assert.Contains("2017", next.Text);
        Assert.Contains("inadequate", next.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("2024", now.Text);
        Assert.Contains("good", now.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheTimeBeforeAGradeIsThatYearsGrade()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what grade did ofsted give care leavers services in 2024");

        var before = await conversation.ReplyAsync("n how was it last time?");

        // 2020's grade for care leavers, not 2020's section about care leavers, which gives none.
        Assert.Contains("2020", before.Text);
        Assert.Contains("requires improvement", before.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task WhatHappenedAfterAnInspectionIsTheSectionSayingWhatHappenedNext()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what grades did ofsted give croydon in 2017");

        var after = await conversation.ReplyAsync("so what happened after that");

        Assert.Contains("commissioner", after.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task SayingTheSubjectChangesIsNotReadAsAFollowUp()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how much is the uni bursary");

        var weather = await conversation.ReplyAsync("unrelated but will it rain tomorrow");

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(weather));
        Assert.DoesNotContain("bursary", weather.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("how did ofsted rate croydon", "what about bromley, are they any good")]
    // Round H: the question asks about the other council; only a statement after it points back ("there").
    [InlineData("did ofsted like the ambassador scheme", "whats bromley council's ofsted grade then, my cousin lives there")]
    public async Task AnotherCouncilAfterCroydonsRatingIsDeclined(string first, string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync(first);

        var other = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(other));
        Assert.Contains("Croydon", other.Text);
    }

    [Theory]
    [InlineData("ok thank you, bye")]
    [InlineData("cool cheers thats all")]
    // Round G: a weak reaction with thanks was "Shall I send this as your feedback?".
    [InlineData("alright cheers, that helps a bit")]
    // Round H: read against the bursary, "safe" found the 2017 safety actions.
    [InlineData("safe fam")]
    public async Task AGoodbyeAfterAnAnswerIsAShortFriendlyClose(string goodbye)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how much is the uni bursary");

        var close = await conversation.ReplyAsync(goodbye);

        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(close));
        Assert.DoesNotContain("£2,000", close.Text);
    }

    [Fact]
    public async Task ThanksWithPraiseAfterAnAnswerCloses()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how much is the uni bursary");

        var close = await conversation.ReplyAsync("aw thank you so much, that's really useful. bye!");

        // Not the answer again, and not "Shall I send this as your feedback?".
        Assert.Equal(ReplyKinds.SmallTalk, ReplyChannelData.KindOf(close));
        Assert.DoesNotContain("feedback", close.Text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// A follow-up is read against the subject just answered and answered with the fact it asks for. Each row was once a
    /// miss: a question word alone; a short question with a subject of its own (not bent to the last one); a year named
    /// after a question mark (that year's finding first, labelled); an amount heard, checked against the subject; a long
    /// message ending in "can i still have it"; another year after "how did they do" (that year's grade first); round G:
    /// another fact of the same topic (never the last answer again: `saysSomethingNew`) and a condition on the last question ("even though");
    /// round H: the same kind of fact of a new subject with a section of its own ("and my pathway plan?" after how often a PA visits), a
    /// correction naming a new subject ("scratch that, i meant ..."), and a condition said after pointing back ("does that still apply if").
    /// </summary>
    [Theory]
    [InlineData("whats the setting up home allowance", "since when?", "2023", "setting-up-home", null, false)]
    [InlineData("did ofsted say anything good about croydon in 2024", "whats an advocate", "on your side", null, null, false)]
    [InlineData("what was croydons ofsted grade in 2020", "what about before? like back in 2017 maybe", "inadequate", null, "This is from September 2017", false)]
    [InlineData("what is the setting up home allowance", "saw on a forum it was £2000, is that the case now?", "£3,000", null, null, false)]
    [InlineData("is there council tax help for care leavers in croydon", "my social worker was from southwark not croydon but i moved to croydon last year, can i still have it", "council tax", null, null, false)]
    [InlineData("how did croydon do for care leavers at its latest inspection", "what about 2020", "requires improvement", null, "This is from March 2020", false)]
    [InlineData("what is the junior isa for children in care", "so when could i get the money out", "from 18", null, null, true)]
    [InlineData("how long can i keep my personal adviser", "even though im not in education or training right now", "whether or not you are in education or training", null, null, false)]
    [InlineData("how often should my personal adviser visit", "and my pathway plan?", "six months", null, null, false)]
    [InlineData("how much is the setting up home allowance", "oh no scratch that, i meant the university money, how much is that", "£2,000", null, null, false)]
    [InlineData("is there help with council tax for care leavers", "does that still apply if im a student", "council tax", null, null, false)]
    // Round I: an age and words of no subject lean on the conversation; the kind asked ("age") is no section of its own.
    [InlineData("am i priority need for housing at 18", "what happens once i turn 21", "vulnerable", null, null, false)]
    [InlineData("whats staying put", "up to which age tho", "until age 21", null, null, false)]
    public async Task AFollowUpIsAnsweredWithTheFactItAsksFor(string first, string followUp, string holds, string? alsoHolds, string? leadsWith, bool saysSomethingNew)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var before = await conversation.ReplyAsync(first);

        var after = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(after));
        if (saysSomethingNew)
        {
            Assert.NotEqual(before.Text, after.Text);
        }
        Assert.Contains(holds, after.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(alsoHolds ?? holds, after.Text, StringComparison.OrdinalIgnoreCase);
        if (leadsWith is not null)
        {
            Assert.StartsWith(leadsWith, after.Text, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Round I: a short continuation or correction right after an answer is the next question, not feedback to offer ("Shall
    /// I send this as your feedback?"); what a correction takes back after "not" is not what it asks about.
    /// </summary>
    [Theory]
    [InlineData("what grade did ofsted give croydon in 2017", "and the latest one", "2024")]
    [InlineData("how much is the setting up home allowance", "sorry i meant the uni bursary not the allowance", "£2,000")]
    public async Task AShortContinuationAfterAnAnswerIsAnsweredNotOfferedAsFeedback(string first, string followUp, string holds)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync(first);

        var after = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(after));
        Assert.Contains(holds, after.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAnAnswerOnHowToTellTheCouncilWhatItIsAboutIsFeedback()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how do i tell the council something");

        var about = await conversation.ReplyAsync("its about the bus pass");

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(about));
    }

    [Fact]
    public async Task AYearCorrectedReplacesTheOldOneForTheNextFollowUp()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what did ofsted find in 2024");
        await conversation.ReplyAsync("no scratch that i meant 2020");

        var published = await conversation.ReplyAsync("when was that report published");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(published));
        Assert.Contains("16 March 2020", published.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFollowUpAskingItsOwnKindOfFactIsNotAnsweredWithTheLastSubject()
    {
        // After an answer about university money, "how often" asks a frequency that the bursary passage does not hold; read
        // alone it finds the PA's visits, which the conversation's reading would miss.
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("till what age can i keep my personal adviser");
        await conversation.ReplyAsync("and if i go to university");

        var often = await conversation.ReplyAsync("how often are they meant to visit me");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(often));
        Assert.Contains("every two months", often.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AKindOfFactAskedWithNothingElseIsReadAgainstTheSubjectNotAlone()
    {
        // Round K: "how often does it happen" names only question words. Read alone it finds a news quote with "every day" in
        // it; the passage just answered (what the forum is) holds no frequency, so another passage of the same subject says it.
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("tell me about the care leavers forum in croydon");

        var often = await conversation.ReplyAsync("how often does it happen");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(often));
        Assert.Contains("every month", often.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AConditionOfTheAskersOwnAsksTheLastQuestionAgain()
    {
        // Round K: "what about if im studying" after how long a PA lasts asks the same under a condition; read as a new
        // subject it found Staying Put.
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how long can i keep my pa");

        var studying = await conversation.ReplyAsync("what about if im studying");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(studying));
        Assert.Contains("25", studying.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EverAfterAGradeLooksAcrossTheWholeTimeline()
    {
        // Round V: "ever" frees the follow-up from 2020, whose words the conversation carried; its own words say which time.
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what grades did croydon get from ofsted in 2020");

        var ever = await conversation.ReplyAsync("has it ever been that bad");

        Assert.Contains("2017", ever.Text, StringComparison.Ordinal);
        Assert.Contains("inadequate", ever.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AConditionOpeningWithEvenStaysOnTheLastAnswer()
    {
        // Round V: "even if im working not studying" after how long a PA lasts found the setting-up-home allowance through
        // "working"; "even if" asks the last question again.
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("im 23 can i still have a pa");

        var even = await conversation.ReplyAsync("even if ive got a job and im not at college");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(even));
        Assert.Contains("25", even.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Covenant", even.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AskingWhomToGoToAfterASectionNamingNobodyFindsTheNeighbourThatDoes()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var bursary = await conversation.ReplyAsync("whats the uni bursary for care leavers");

        var whom = await conversation.ReplyAsync("who should i talk to about it");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(whom));
        Assert.DoesNotContain("personal adviser", bursary.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("personal adviser", whom.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AskingHowLongSomethingTakesLeadsWithTheLengthOfTime()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how do i get my ni number");

        var howLong = await conversation.ReplyAsync("how long will it take to come");

        Assert.Contains("7 weeks", howLong.Text);
    }

    [Fact]
    public async Task AFailureOfTheAskersOwnThatBothReadingsFindElsewhereAsksTheNextSection()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how can i make a complaint about leaving care");

        var after = await conversation.ReplyAsync("and what if im still unhappy after that");

        Assert.Contains("Ombudsman", after.Text);
    }

    [Fact]
    public async Task AConditionNamingAThingOfItsOwnSectionStaysOnTheLastAnswer()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("can i keep my pa till 25");

        var atCollege = await conversation.ReplyAsync("what about if im at college");

        Assert.Contains("25", atCollege.Text);
        Assert.Contains("personal adviser", atCollege.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("has it always been that amount")]
    [InlineData("wat was it b4")]
    // Round Y: a comparison with before asks the same.
    [InlineData("was it lower before")]
    public async Task AskingWhatItWasBeforeLeadsWithTheOldAmountNotTheNewOneAgain(string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how much do you get for the leaving care grant");

        var before = await conversation.ReplyAsync(followUp);

        Assert.Contains("2,000", before.Text);
    }

    [Fact]
    public async Task TheAskersAgeAsAConditionIsAnsweredWithTheAgeRule()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("tell me about the bursary for sixth form students in care");

        var older = await conversation.ReplyAsync("does that still work if im 20");

        Assert.Contains("16 to 18", older.Text);
    }

    /// <summary>
    /// Round Y: someone's age said after an answer about groups for ages ("what about my little brother hes 9") asks which group
    /// is theirs: answered with that group, not offered as feedback; a message telling something about them stays feedback.
    /// </summary>
    [Fact]
    public async Task SomeonesAgeAfterAnAnswerIsAnsweredWithTheirGroupNotOfferedAsFeedback()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what groups are there for kids in care");

        var brother = await conversation.ReplyAsync("what about my little brother hes 9");
        var niece = await conversation.ReplyAsync("n my niece, she is 15");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(brother));
        Assert.Contains("4 to 10", brother.Text, StringComparison.Ordinal);
        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(niece));
        Assert.Contains("11 to 16", niece.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoryAboutSomeoneAfterAnAnswerIsStillFeedback()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what groups are there for kids in care");

        var story = await conversation.ReplyAsync("my brother is 12 and nobody helps him");

        Assert.Equal(ReplyKinds.Feedback, ReplyChannelData.KindOf(story));
    }

    /// <summary>
    /// Round Z: a follow-up pointing back with one word no passage says ("quicker", "speedier") asks about the section just
    /// answered: that word cannot lead anywhere else, and weighed as an unseen subject it sank the pathway plan's section to
    /// "I don't know".
    /// </summary>
    [Theory]
    [InlineData("could i ask for it quicker")]
    [InlineData("can i ask for one speedier")]
    public async Task AFollowUpWithOneUnseenWordIsAnsweredFromTheSectionJustAnswered(string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how often should my pa visit me");
        await conversation.ReplyAsync("and the pathway plan?");

        var sooner = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(sooner));
        Assert.Contains("any time", sooner.Text, StringComparison.Ordinal);
    }

    /// <summary>Round Z: several unseen words name a subject of their own, which the conversation's section does not answer.</summary>
    [Fact]
    public async Task AFollowUpNamingSeveralUnseenWordsIsNotAnsweredFromTheSectionJustAnswered()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how often should my pa visit me");
        await conversation.ReplyAsync("and the pathway plan?");

        var homework = await conversation.ReplyAsync("can u do my maths homework its on algebra");

        Assert.NotEqual(ReplyKinds.Answer, ReplyChannelData.KindOf(homework));
    }

    /// <summary>
    /// Round Z: a short question that finds two sections of different guides equally well ("how did care leavers do": what
    /// Ofsted said about them, or who counts as one) is settled by the guide of the answer just given when the question, read
    /// with the conversation's words, leads there too; asked back as "which did you mean" it left the conversation.
    /// </summary>
    [Theory]
    [InlineData("how did care leavers do")]
    [InlineData("how did the care leavers do")]
    public async Task ATieBetweenTwoGuidesIsSettledByTheGuideOfTheLastAnswer(string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("when did the report on the last inspection come out");

        var careLeavers = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(careLeavers));
        Assert.StartsWith("In its 2024 report, Ofsted gave", careLeavers.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round Z: the same tie after an answer from the other guide whose words lead to neither section (the bus photocard is in
    /// the entitlements guide, beside who counts as a care leaver) is still asked back, and asked with nothing before it too.
    /// </summary>
    [Theory]
    [InlineData("can i get help with my bus fare")]
    [InlineData("how much is the setting up home allowance")]
    [InlineData(null)]
    public async Task ATieTheConversationDoesNotLeadToIsStillAskedBack(string? before)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        if (before is not null)
        {
            await conversation.ReplyAsync(before);
        }

        var careLeavers = await conversation.ReplyAsync("how did care leavers do");

        Assert.DoesNotContain("into groups", careLeavers.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("good grade", careLeavers.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round Z: "how many times" after an answer about Ofsted's checks asks how many visits there were (a count), not how often
    /// something happens: read as a frequency, the monitoring section (with no "every two months") was passed over for a PA's
    /// visits. Asked of what keeps happening ("how many times should they visit me") it is still a frequency.
    /// </summary>
    [Fact]
    public async Task HowManyTimesAfterTheChecksCountsThem()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("after 2017 did the inspectors keep checking croydon");

        var times = await conversation.ReplyAsync("how many times");

        Assert.Contains("seven monitoring visits", times.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("every two months", times.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HowManyTimesOfWhatKeepsHappeningIsAFrequency()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what does a personal adviser do");

        var times = await conversation.ReplyAsync("how many times should they visit me");

        Assert.Contains("every two months", times.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round AA (context-aa): "when did it begin" after what the inspectors said about the ambassadors asks when the scheme
    /// started, which the section on what an ambassador is tells ("new in late 2023"); the section just answered holds only the
    /// report's dates, so the date kind alone kept it and the answer said the report again.
    /// </summary>
    [Theory]
    [InlineData("so when did it begin")]
    [InlineData("when was that set up")]
    public async Task WhenItStartedAfterOfstedOnTheAmbassadorsIsWhenTheSchemeBegan(string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("were the young ambassadors in the ofsted report");

        var started = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(started));
        Assert.Contains("2023", started.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round AA (context-aa): "who do i go to if she never comes" after how often a PA visits asks what to do when the visits do
    /// not happen: the next step (a manager, a complaint), not the PA section again.
    /// </summary>
    [Fact]
    public async Task WhomToGoToWhenThePaDoesNotComeIsTheNextStep()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how often is my personal adviser supposed to visit");

        var next = await conversation.ReplyAsync("who do i go to if she never comes");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(next));
        Assert.DoesNotContain("every two months", next.Text, StringComparison.Ordinal);
        Assert.Matches("(?i)manager|complain", next.Text);
    }

    /// <summary>
    /// Round AA (context-aa2): "what do they still have to sort" after the 2024 grades asks the list of what must improve; the
    /// grades' "requires improvement to be good" held the kind asked, so the answer said the grades again.
    /// </summary>
    [Theory]
    [InlineData("what do they still have to sort out then")]
    [InlineData("and what needs fixing")]
    public async Task WhatStillNeedsFixingAfterTheGradesIsTheListOfWhatMustImprove(string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what grades did croydon get in 2024");

        var list = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(list));
        Assert.Contains("out of hours", list.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Overall: good", list.Text, StringComparison.Ordinal);
    }

    // Round AB (followup-ab): a follow-up asking a new kind of fact of a thing it names is answered from the sentence saying it.
    [Fact]
    public async Task HowManyOfAThingNamedAfterWhyItFailedIsTheSentenceCountingIt()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("why did croydon get failed by ofsted years ago");

        var count = await conversation.ReplyAsync("how many recommendations did they get given");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(count));
        Assert.Contains("21 recommendations", count.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhoOfARoleNamedAfterTheGradesIsTheSentenceNamingIt()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("what grades did croydon get in 2024");

        var who = await conversation.ReplyAsync("who was the main inspector for that");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(who));
        Assert.Contains("Kennet", who.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFewWordsPointingBackAfterAQuestionAreNoSecondQuestion()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);

        // One reply (OneReplyConversation takes exactly one): "is that real" asks about the discount, not a question of its own
        // (answered apart, "real" found a quote on a "real difference").
        var answer = await conversation.ReplyAsync("heard care leavers get a discount on council tax?? is that real");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(answer));
        Assert.Contains("council tax", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AFollowUpAfterHowToReportAChildAtRiskIsReadAgainstTheNumbersGiven()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how do i report that a child is being hurt in croydon");

        var hours = await conversation.ReplyAsync("what hours are they open");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(hours));
        Assert.Contains("9am to 5pm", hours.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round AD (conv-ad): a follow-up naming something the section just answered never speaks of is answered from the section of
    /// the same guide named after it, not with the last answer again.
    /// </summary>
    [Fact]
    public async Task AFollowUpNamingWhatTheLastSectionNeverSaysIsAnsweredFromTheSectionNamedAfterIt()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var join = await conversation.ReplyAsync("can i sign up to be a young ambassador");

        var pay = await conversation.ReplyAsync("would i get any pay for doing it");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(pay));
        Assert.NotEqual(join.Text, pay.Text);
        Assert.Contains("compensated for their time", pay.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round AD (conv-ad): a question declined at the start of a conversation (a record only the council holds) still names its
    /// subject, so the follow-up asking what the guides do know of it is read against it, not answered "I don't know".
    /// </summary>
    [Fact]
    public async Task AFollowUpAfterADeclinedOpeningQuestionIsReadAgainstItsSubject()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var declined = await conversation.ReplyAsync("can u check whether my setting up home allowance was paid");
        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(declined));

        var amount = await conversation.ReplyAsync("fair, how much is it meant to be anyway");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(amount));
        Assert.Contains("3,000", amount.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round AE (conv-ae): after a question declined for being about another council, a follow-up naming only Croydon asks the
    /// same of Croydon: the declined question's ideas settle the tie that had the bot ask which section was meant.
    /// </summary>
    [Theory]
    [InlineData("what grade did merton get from ofsted", "what about croydon then")]
    [InlineData("is bromley rated good by ofsted", "ok and croydon?")]
    public async Task CroydonAfterAnotherCouncilsDeclinedQuestionIsAskedTheSame(string declined, string followUp)
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var first = await conversation.ReplyAsync(declined);
        Assert.Equal(ReplyKinds.Fallback, ReplyChannelData.KindOf(first));

        var croydon = await conversation.ReplyAsync(followUp);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(croydon));
        Assert.Contains("rated good by Ofsted", croydon.Text, StringComparison.Ordinal);
    }

    /// <summary>
    /// Round AE (conv-ae): after another council's declined question, a question of its own is read on its own: the declined
    /// question's words do not carry on.
    /// </summary>
    [Fact]
    public async Task AQuestionOfItsOwnAfterAnotherCouncilsDeclinedQuestionIsReadAlone()
    {
        var alone = await new OneReplyConversation(fixture.Host.Client).ReplyAsync("how old do you have to be to be a young ambassador");
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how did lambeth do in their last ofsted");

        var own = await conversation.ReplyAsync("how old do you have to be to be a young ambassador");

        Assert.Equal(alone.Text, own.Text);
    }

    /// <summary>
    /// Round AE (conv-ae): a reaction to the last answer opening the next question ("cool", "nice") is no word of the question;
    /// read as one, it cost the conversation and the bot said it did not know.
    /// </summary>
    [Fact]
    public async Task AReactionOpeningAFollowUpDoesNotHideTheQuestion()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("is there help with council tax for care leavers");

        var contact = await conversation.ReplyAsync("cool who do i contact");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(contact));
        Assert.Contains("8726 7000", contact.Text, StringComparison.Ordinal);
    }
}
