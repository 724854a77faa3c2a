using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>
/// Round AA (context-aa2): "what do they still need to fix" after an inspection's grades asks the list of what must improve,
/// of the time the conversation is at, not the grades again (their "requires improvement" holds the kind asked).
/// </summary>
public sealed class WhatMustImproveTests
{
    private static readonly ManifestEntry Guide = new() { File = "inspections.md", Title = "Inspections", Publisher = "P", Kind = "guide" };
    private static readonly ManifestEntry Other = new() { File = "other.md", Title = "Other", Publisher = "P", Kind = "guide" };

    private static readonly IReadOnlyList<Passage> Sections = GuidePassageSplitter.Split(Guide, """
        ## March 2019: judged requires improvement (history)

        The inspectors judged the youth service requires improvement to be good.

        ## March 2019: what needed to improve (history)

        The inspectors said three things needed to improve: plans, waiting lists and youth clubs.

        ## May 2023: judged good, with each judgement

        Overall: good. Help for teenagers: requires improvement to be good.

        ## May 2023: what the inspectors said the service does best

        The mentoring scheme was praised.

        ## May 2023: the two things the inspectors say must improve

        Night-time help and waiting times.

        ## What the service is doing about what must improve

        The service agreed a new plan in June 2023.
        """);

    private static readonly IReadOnlyList<Passage> Elsewhere = GuidePassageSplitter.Split(Other, """
        ## The sports fund

        The sports fund pays club fees.
        """);

    private static Passage Heading(string start) => Sections.Single(p => p.Heading.StartsWith(start, StringComparison.Ordinal));

    [Theory]
    [InlineData("what do they still need to fix then", new[] { "to fix" })]
    [InlineData("what still needs work", new[] { "needs work" })]
    [InlineData("and the bad bits then?", new[] { "bits" })]
    [InlineData("and wat was bad", new string[0])]
    [InlineData("what did they say needs sorting", new[] { "needs sorting" })]
    public void AShortfallOfTheWholeIsAsked(string text, string[] concepts) => Assert.True(WhatMustImprove.Asks(text, concepts), text);

    [Theory]
    // A shortfall of one service, in a grade's words, what was done about it, or praise.
    [InlineData("what do they still need to fix about the leaving care team", new[] { "to fix", "leaving care team" })]
    [InlineData("which part got requires improvement", new[] { "requires improvement" })]
    [InlineData("what have they done to fix it", new[] { "done", "fix" })]
    [InlineData("what were they good at", new string[0])]
    [InlineData("how do i apply", new[] { "apply" })]
    public void LookAlikesDoNotAsk(string text, string[] concepts) => Assert.False(WhatMustImprove.Asks(text, concepts), text);

    [Fact]
    public void AfterTheGradesTheListOfTheSameYear() =>
        Assert.Equal(Heading("May 2023: the two things").Id, WhatMustImprove.ListFor(Sections, Heading("May 2023: judged good"), [], false)?.Id);

    [Fact]
    public void AfterPraiseTheListOfTheSameYear() =>
        Assert.Equal(Heading("May 2023: the two things").Id, WhatMustImprove.ListFor(Sections, Heading("May 2023: what the inspectors said"), [], false)?.Id);

    [Fact]
    public void AfterAnOldJudgementTheOldList() =>
        Assert.Equal(Heading("March 2019: what needed").Id, WhatMustImprove.ListFor(Sections, Heading("March 2019: judged"), [], false)?.Id);

    [Fact]
    public void StillAfterAnOldJudgementTheNewestList()
    {
        Assert.True(WhatMustImprove.SaysStill("what do they still need to improve"));
        Assert.Equal(Heading("May 2023: the two things").Id, WhatMustImprove.ListFor(Sections, Heading("March 2019: judged"), [], true)?.Id);
    }

    [Fact]
    public void AYearAskedChoosesItsList() =>
        Assert.Equal(Heading("March 2019: what needed").Id, WhatMustImprove.ListFor(Sections, Heading("May 2023: judged good"), [2019], false)?.Id);

    [Fact]
    public void TheListJustAnsweredIsNotGivenAgain() =>
        Assert.Null(WhatMustImprove.ListFor(Sections, Heading("May 2023: the two things"), [], false));

    [Fact]
    public void AnotherGuideHasNoList() => Assert.Null(WhatMustImprove.ListFor([.. Sections, .. Elsewhere], Elsewhere[0], [], false));
}
