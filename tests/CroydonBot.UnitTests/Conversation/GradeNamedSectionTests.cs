using CroydonBot.Conversation;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AN (follow-an, part 2): a timeline step starts from the judgement the conversation's own words name, on the real timeline guide.</summary>
public sealed class GradeNamedSectionTests
{
    private static IReadOnlyList<Passage> Passages => RealContent.Index.Passages;

    private static Passage Section(string heading) =>
        Passages.Single(p => p.Document.File == "guide-ofsted-timeline.md" && p.Heading == heading);

    private static HashSet<string> Said(params string[] words) => new(words, StringComparer.Ordinal);

    [Fact]
    public void InadequateSaidAfterTheRatingNowNamesThe2017Judgement() =>
        Assert.Equal(Section("2017: judged inadequate, with each judgement (history)").Id,
            GradeNamedSection.Of(Section("What is Croydon's rating now?"), Said("croydon", "inadequate"), Passages)?.Id);

    [Fact]
    public void AGradeSeveralYearsShareNamesNoOneSection() =>
        Assert.Null(GradeNamedSection.Of(Section("What is Croydon's rating now?"), Said("croydon", "good"), Passages));

    [Fact]
    public void AnAnswerFromTheNamedJudgementItselfIsLeftAsItIs() =>
        Assert.Null(GradeNamedSection.Of(Section("2017: judged inadequate, with each judgement (history)"), Said("inadequate"), Passages));

    [Fact]
    public void AConversationNamingNoGradeNamesNoSection() =>
        Assert.Null(GradeNamedSection.Of(Section("What is Croydon's rating now?"), Said("ofsted", "croydon", "care", "leavers"), Passages));
}
