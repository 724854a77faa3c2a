using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QueryPlannerTests
{
    private static readonly QueryPlanner Planner = new(RealContent.Index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));

    [Theory]
    [InlineData("does the uni money come to 2k altogether", "2k")]
    [InlineData("is the flat grant really £3k", "£3k")]
    public void AnAmountInThousandsIsTheAmountTheGuidesWriteOut(string question, string typed)
    {
        var concept = Planner.Plan(question).Concepts.Single(c => c.Surface == typed);

        Assert.False(concept.Unknown);
    }

    // How a question frames what it asks ("the minimum", "everyone says", "does it carry on once you turn 19", "these days",
    // "wat ... den") is no subject: unknown to the index, such a word weighed like one and the answerable question got
    // "I don't know" (UnknownSubject, round L).
    [Theory]
    [InlineData("whats the minimum the uni bursary is these days")]
    [InlineData("how come everybody says the pathway plan matters")]
    [InlineData("does the automatic council tax relief carry on once youre 22")]
    [InlineData("wat does a pa do den")]
    // Exclamations and swearing say how the asker feels about asking.
    [InlineData("omfg wth does staying put even mean")]
    [InlineData("ffs how much is the uni bursary")]
    public void FramingWordsAreNoUnknownSubject(string question)
    {
        var plan = Planner.Plan(question);

        Assert.DoesNotContain(plan.Concepts, c => c.Unknown && c.Surface.Length >= 3 && !c.Surface.Any(char.IsDigit));
        Assert.False(UnknownSubject.Dominates(plan));
    }

    [Fact]
    public void AnUnseenSubjectStillDominates()
    {
        Assert.True(UnknownSubject.Dominates(Planner.Plan("whats the minimum pip payment these days")));
    }

    // Who complains picks the sense: the asker (or a generic "you") asks for the process, a third party for what was criticised.
    [Theory]
    [InlineData("where should i send a complaint about my leaving care team", "complaint")]
    [InlineData("can you moan about a PA who never turns up", "moan")]
    [InlineData("how does a complaint get sorted out", "complaint")]
    [InlineData("what did the inspectors criticise croydon for", ComplaintSense.FindingsWord)]
    [InlineData("did care leavers ever complain to ofsted about housing", ComplaintSense.FindingsWord)]
    [InlineData("lots of people say the out of hours line is rubbish, did ofsted find any complaints about it", ComplaintSense.FindingsWord)]
    // The complaint after "did ofsted say/mention ... about" is what was said about: the finding on complaints answers it (round AE).
    [InlineData("did ofsted mention anything about complaints by care leavers", "complaints")]
    [InlineData("did the inspectors say young people can get help to complain", "complain")]
    public void AComplaintWordsSenseFollowsWhoComplains(string question, string surface)
    {
        var plan = Planner.Plan(question);

        Assert.Contains(plan.Concepts, c => c.Surface == surface);
    }

    // A complaint in the frame of a message is not what it asks (round M): "complaint" drew these to the complaints team.
    [Theory]
    [InlineData("before i put in a complaint, how did ofsted grade croydon in 2024?", "complaint")]
    [InlineData("I want to complain that nobody gave me my passport. Am I supposed to get it from the council?", "complain")]
    [InlineData("loads of people i know moan about the duty social workers. did ofsted mention them?", "moan")]
    [InlineData("before i write a complaint, what grade did ofsted give croydon last time?", "complaint")]
    [InlineData("I keep complaining that no one explains the pathway plan. What goes in one?", "complaining")]
    // Someone the asker tells of complains, or the question comes first and the complaint after the comma (round AE).
    [InlineData("my cousin keeps moaning that the council is useless, what grade did ofsted give them", "moaning")]
    [InlineData("how did the inspectors rate the night team, ive heard plenty of complaints", "complaints")]
    public void AComplaintThatOnlyFramesTheQuestionIsNotSearched(string question, string framing)
    {
        var plan = Planner.Plan(question);

        Assert.DoesNotContain(plan.Concepts, c => c.Surface.Split(' ').Contains(framing));
    }

    [Fact]
    public void TheActOfComplainingInTheFrameIsNotSearchedEither()
    {
        // "write" met "Ofsted writes a report" in another section.
        var plan = Planner.Plan("before i write a complaint, what grade did ofsted give croydon last time?");

        Assert.DoesNotContain(plan.Concepts, c => c.Surface.Split(' ').Contains("write"));
        Assert.Contains(plan.Concepts, c => c.Surface == "ofsted");
    }

    // The question goes on about the complaint (how, who, what to do), or says it itself: the complaint is the subject.
    [Theory]
    [InlineData("I want to complain about my PA. Who do I send it to?", "complain")]
    [InlineData("i need to complain about my placement, how do i start?", "complain")]
    [InlineData("i complained about my PA ages ago and heard nothing. is there anybody higher up i could go to?", "complained")]
    [InlineData("my leaving care worker never turns up and i want to complain. what can i do?", "complain")]
    [InlineData("I'm unhappy with my placement. How long does a complaint take?", "complaint")]
    [InlineData("before anything else, can i complain about my social worker?", "complain")]
    // Someone else's complaint about what an inspection found is no frame of the asker's.
    [InlineData("I'm a nan caring for my grandson. Folk at my church keep complaining that ofsted found kids waited too long. Is that right?", "complaining")]
    // Others' complaint that the question points back at ("is that still true") is what is asked (round AE).
    [InlineData("my friends keep complaining that ofsted found PAs were stretched. is that still true?", "complaining")]
    [InlineData("i want to make a complaint about my foster carer", "complaint")]
    public void AComplaintTheQuestionIsAboutIsStillSearched(string question, string surface)
    {
        var plan = Planner.Plan(question);

        // The group's first word met names the concept ("unhappy" before "complaint"): look for the group's stem.
        Assert.Contains(plan.Concepts, c => c.Alternatives.Any(a => a.Any(t => t.StartsWith("complain", StringComparison.Ordinal))));
        Assert.Contains(surface, question, StringComparison.Ordinal);
    }

    // "since <year>" starts a span that runs to now: no year asked, the present asked (round M).
    [Theory]
    [InlineData("has croydon's ofsted grade gone up since 2017")]
    [InlineData("how many inspections have there been ever since 2020?")]
    public void AYearAfterSinceStartsASpanToNow(string question)
    {
        var plan = Planner.Plan(question);

        Assert.Empty(plan.Years);
        Assert.True(plan.AsksAboutNow);
    }

    [Fact]
    public void AYearNamedOtherwiseIsStillAsked()
    {
        Assert.Equal([2020], Planner.Plan("what did ofsted rate croydon in 2020").Years);
    }

    [Fact]
    public void AStoryIdeaTheQuestionSaysInAnotherWordIsAsked()
    {
        // "sixth form" in the story, "college" (the same synonym group) in the question: the idea is asked, not context.
        var plan = Planner.Plan("I'm his foster mum. He's 17 and at sixth form. Does the college just give him the bursary?");

        Assert.Contains(plan.Concepts, c => c.Alternatives.Any(a => a.Contains("colleg")) && !c.Context);
    }

    [Fact]
    public void TheLongestPhraseAtAPlaceWinsAndEachRepeatedFirstWordIsTried()
    {
        // The planner tries only the phrases whose first word is typed: "leaving care pa" must still beat "leaving care" and
        // "pa", and "housing" typed twice must start both "council housing" (second word) and "housing benefit" (first).
        var surfaces = Planner.Plan("can a leaving care pa help with council housing or housing benefit").Concepts.Select(c => c.Surface).ToList();

        Assert.Contains("leaving care pa", surfaces);
        Assert.Contains("council housing", surfaces);
        Assert.Contains("housing benefit", surfaces);
        Assert.DoesNotContain("leaving care", surfaces);
        Assert.DoesNotContain("pa", surfaces);
        Assert.DoesNotContain("housing", surfaces);
        Assert.True(surfaces.IndexOf("leaving care pa") < surfaces.IndexOf("council housing"));
    }

    [Fact]
    public void AWordTheGuidesNeverUseStaysUnknown()
    {
        Assert.True(Planner.Plan("is the bursary 2x or something").Concepts.Single(c => c.Surface == "2x").Unknown);
    }

    [Fact]
    public void AStorysIdeasAreContextAndTheQuestionsAreNot()
    {
        var plan = Planner.Plan("my landlord put the rent up and i work weekends. do i keep my personal adviser after 21?");

        Assert.True(plan.HasContext);
        Assert.False(plan.Concepts.Single(c => c.Surface == "personal adviser").Context);
        Assert.True(plan.Concepts.Single(c => c.Surface == "landlord").Context);
    }

    // Round AT (perf-at): the digits this pattern hands to int.Parse are ASCII ones. PlainDigitsStep folds other scripts' digits
    // at the message's entry; read without it, such digits are no number here rather than a failed turn.
    [Fact]
    public void AYearInAnotherScriptsDigitsIsNoYearAsked()
    {
        Assert.Equal([2017], Planner.Plan("what did ofsted say in 2017").Years);
        Assert.Empty(Planner.Plan("what did ofsted say in \u0662\u0660\u0661\u0667").Years);
    }
}
