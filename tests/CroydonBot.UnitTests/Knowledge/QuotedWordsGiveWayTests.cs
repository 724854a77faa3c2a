using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round AD (ans-ad): someone's own words (a mayor's thanks in the news, a councillor welcoming the report in the minutes) do not
/// lead over a guide section about what was asked; and a question about when something happened is answered with the date,
/// from the history section when that is where the date is.
/// </summary>
public sealed class QuotedWordsGiveWayTests
{
    private static readonly QueryConcept Ambassadors = new("ambassador", [["ambassador"]], 3.0);
    private static readonly IReadOnlySet<string> FragmentTerms = new HashSet<string>(["ambassador", "work"], StringComparer.Ordinal);

    [Fact]
    public void AGuideSectionDeclaringTheQuestionsIdeaTakesTheLeadFromSomeonesWordsEvenFromTheSameYear() =>
        Assert.True(GuidePrecedence.TakesTheLead([Ambassadors], fragmentQuotesSomeone: true, sameYear: true, FragmentTerms));

    [Fact]
    public void AReportOfTheSameEventNamingTheIdeaKeepsTheLead() =>
        Assert.False(GuidePrecedence.TakesTheLead([Ambassadors], fragmentQuotesSomeone: false, sameYear: true, FragmentTerms));

    [Fact]
    public void AGuideSectionDeclaringNothingOfTheQuestionNeverTakesTheLead() =>
        Assert.False(GuidePrecedence.TakesTheLead([], fragmentQuotesSomeone: true, sameYear: false, FragmentTerms));

    [Fact]
    public void AFragmentFromAnotherYearMissingTheDeclaredIdeaGivesWayAsBefore() =>
        Assert.True(GuidePrecedence.TakesTheLead([new QueryConcept("bursary", [["bursary"]], 3.0)], fragmentQuotesSomeone: false, sameYear: false, FragmentTerms));

    private static readonly ManifestEntry Minutes = new() { File = "minutes.txt", Title = "Cabinet minutes", Kind = "minutes" };
    private static readonly ManifestEntry Guide = new() { File = "guide.md", Title = "What you can get", Kind = "guide" };

    private static ScoredPassage Hit(ManifestEntry document, int number, double score, bool quotes = false) =>
        new(new Passage { Id = $"{document.File}#{number}", Document = document, Text = "Text." }, number, score, 0.6) { QuotesSomeone = quotes };

    [Fact]
    public void SomeonesWordsBelowAGuideSectionDoNotLeadTheAnswer()
    {
        ScoredPassage[] hits = [Hit(Guide, 0, 0.72), Hit(Minutes, 1, 0.71, quotes: true), Hit(Minutes, 2, 0.70)];

        var candidates = AnswerComposer.LeadCandidates(hits, QuestionKind.General);

        Assert.Equal([0, 2], candidates.Select(h => h.Number));
    }

    [Theory]
    [InlineData(QuestionKind.Words)]
    [InlineData(QuestionKind.Who)]
    public void AQuestionAskingForWordsOrWhoReadsEveryPassage(QuestionKind kind)
    {
        ScoredPassage[] hits = [Hit(Guide, 0, 0.72), Hit(Minutes, 1, 0.71, quotes: true)];

        Assert.Equal(2, AnswerComposer.LeadCandidates(hits, kind).Count);
    }

    [Fact]
    public void SomeonesWordsAtTheTopAreLeftToTheRanking()
    {
        ScoredPassage[] hits = [Hit(Minutes, 0, 0.72, quotes: true), Hit(Guide, 1, 0.71)];

        Assert.Equal(2, AnswerComposer.LeadCandidates(hits, QuestionKind.General).Count);
    }

    [Theory]
    [InlineData("when did they get the forum going again", true)]
    [InlineData("what year was the ambassador scheme set up", true)]
    [InlineData("how long ago did ofsted last come", true)]
    [InlineData("when does my pa stop", false)]
    [InlineData("when can i get the setting up home allowance", false)]
    [InlineData("what did ofsted say in 2020", false)]
    public void AQuestionAboutWhenSomethingHappenedIsRecognised(string question, bool happened) =>
        Assert.Equal(happened, QuestionKinds.AsksWhenItHappened(question));

    [Theory]
    // Own phrasings, not eval lines. A press quote shares "ambassador" and "work" with the first; the date the forum began
    // again is in its history section.
    [InlineData("does being an ambassador help you get work after", "mentor")]
    [InlineData("when did the children in care council get going again in croydon", "2017")]
    public void TheAnswerSaysWhatTheGuideSectionSays(string question, string expected)
    {
        var retriever = RealContent.RankedRetriever(RealContent.Index);
        var result = retriever.Retrieve(question);

        var answer = RealContent.Composer(RealContent.Index).Compose(result.Plan, result.Hits);

        Assert.Contains(expected, string.Join(' ', answer.Parts.SelectMany(p => p.Supporting.Prepend(p.Lead))), StringComparison.OrdinalIgnoreCase);
    }
}
