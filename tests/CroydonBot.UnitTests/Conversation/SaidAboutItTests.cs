using CroydonBot.Conversation;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>
/// Round AO (follow-ao): a follow-up asking what someone said of the thing just answered finds the section headed with what that
/// speaker said about it, on the real guides and the real analyser.
/// </summary>
public sealed class SaidAboutItTests
{
    private static IReadOnlyList<Passage> Passages => RealContent.Index.Passages;

    private static Passage Section(string file, string heading) =>
        Passages.Single(p => p.Document.File == file && p.Heading == heading);

    private static Passage? Found(Passage last, string question, params int[] years) =>
        SaidAboutIt.For(Passages, last, RealContent.Index.Analyzer.Terms(question).ToHashSet(StringComparer.Ordinal), years,
            RealContent.Index.Analyzer.Terms);

    private static Passage WhatAmbassadorsDo => Section("guide-young-ambassadors.md", "What do young ambassadors do?");

    [Theory]
    [InlineData("did ofsted say anything about them")]
    [InlineData("did ofsted rate them")]
    [InlineData("what did ofsted think of them")]
    public void AskingWhatOfstedSaidOfTheAmbassadorsFindsTheirOfstedSection(string question)
    {
        Assert.True(SaidAboutIt.Asks(question));
        Assert.Equal("What Ofsted said about the young ambassadors", Found(WhatAmbassadorsDo, question)?.Heading);
    }

    [Fact]
    public void ASpeakerTheFollowUpDoesNotNameFindsNothing() =>
        Assert.Null(Found(WhatAmbassadorsDo, "did the mayor say anything about them"));

    [Fact]
    public void ASectionAboutSomethingElseThanEveryHeadingSubjectFindsNothing() =>
        // "Independent visitors: ..." is about independent visitors; no heading says what Ofsted said about them.
        Assert.Null(Found(Section("guide-care-leaver-entitlements.md", "Independent visitors: a volunteer friend for children in care"),
            "did ofsted say anything about them"));

    /// <summary>A section headed "Care leavers" in the real entitlements guide: its subject is exactly what two years' Ofsted sections are about.</summary>
    private static Passage CareLeavers
    {
        get
        {
            var guide = Section("guide-care-leaver-entitlements.md", "What a qualifying care leaver gets");
            return new Passage { Id = "test#care-leavers", Document = guide.Document, Heading = "Care leavers", Text = "" };
        }
    }

    [Fact]
    public void OfTwoYearsSayingItTheOneThatIsNotHistoryIsTaken() =>
        Assert.Equal("October 2024: what Ofsted said about care leavers", Found(CareLeavers, "what did ofsted say about them")?.Heading);

    [Fact]
    public void OfTwoYearsSayingItTheYearTheConversationNamedIsTaken() =>
        Assert.Equal("February 2020: what Ofsted said about care leavers (history)",
            Found(CareLeavers, "what did ofsted say about them", 2020)?.Heading);

    [Fact]
    public void AHeadingSayingMoreThanTheSubjectIsAboutSomethingElse()
    {
        // "What is the Children in Care Council in Croydon?" is about the council, not children in care; a qualifying care leaver
        // is not every care leaver.
        Assert.Null(Found(Section("guide-young-ambassadors.md", "What is the Children in Care Council in Croydon?"), "did ofsted say anything about them"));
        Assert.Null(Found(Section("guide-care-leaver-entitlements.md", "What a qualifying care leaver gets"), "what did ofsted say about them"));
    }

    [Fact]
    public void AnAnswerFromSuchASectionIsLeftAsItIs() =>
        Assert.Null(Found(Section("guide-young-ambassadors.md", "What Ofsted said about the young ambassadors"), "did ofsted say anything about them"));

    [Theory]
    [InlineData("how do i join")]
    [InlineData("do they get paid")]
    public void AQuestionNotAboutWhatWasSaidIsNotAsked(string question) =>
        Assert.False(SaidAboutIt.Asks(question));
}
