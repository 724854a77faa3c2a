using CroydonBot.Knowledge;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round AQ (follow-aq): in a follow-up answered anew (<see cref="AnswerComposer.Refocus"/>), the kind of fact asked decides which
/// sentences may lead when the section holds one, on the real guides.
/// </summary>
public sealed class AskedKindDecidesTests
{
    private static readonly KnowledgeIndex Index = KnowledgeBaseBuilder.Build(SeedPaths.Folder, null);

    private static readonly AnswerComposer Composer = new(Options.Create(new KnowledgeOptions()), Index);

    private static IReadOnlyList<string> SentencesOfTheSectionOn(string heading)
    {
        var passage = Index.Passages.First(p => p.Heading.Contains(heading, StringComparison.OrdinalIgnoreCase));
        return new AnalysisCache(Index.Analyzer).Sentences(passage.Text);
    }

    [Fact]
    public void AnAmountAskedDecidesInASectionThatGivesOne()
    {
        var photocard = SentencesOfTheSectionOn("Half price bus and tram travel");

        Assert.True(Composer.AskedKindDecides(photocard, QuestionKind.HowMuch, alsoAge: false));
    }

    [Fact]
    public void AFollowUpAskingNoParticularKindIsLeftToItsWords()
    {
        var photocard = SentencesOfTheSectionOn("Half price bus and tram travel");

        Assert.False(Composer.AskedKindDecides(photocard, QuestionKind.General, alsoAge: false));
    }

    [Fact]
    public void AKindNoSentenceHoldsDecidesNothing()
    {
        var photocard = SentencesOfTheSectionOn("Half price bus and tram travel");

        Assert.False(Composer.AskedKindDecides(photocard, QuestionKind.Rating, alsoAge: false));
    }
}
