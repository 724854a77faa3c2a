using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>
/// Round Q (scripts-s): a follow-up's answer that retells any sentence of the last answer (not only its first) is the same
/// passage told again, so one asking another kind of fact ("at what age", "how long") is answered anew.
/// </summary>
public sealed class RepeatedAnswerTests
{
    private static readonly string[] Said =
    [
        "Councils should help care leavers get ID.",
        "This includes a passport and a birth certificate.",
        "Your social worker should apply when you are 17.",
    ];

    private static ComposedAnswer Answer(string lead, params string[] supporting) =>
        new([new AnswerPart(lead, supporting, new Citation(1, "Guide", "Croydon", null, "2026", ""))], ["p#1"], 1.0, 2, false, "id", []);

    [Fact]
    public void AnAnswerOpeningWithALaterSentenceOfTheLastOneOverlapsIt() =>
        Assert.True(RepeatedAnswer.Overlaps(Answer("This includes a passport and a birth certificate.", "It can take a few weeks."), Said));

    [Fact]
    public void AnAnswerSayingOnlyNewSentencesDoesNotOverlap() =>
        Assert.False(RepeatedAnswer.Overlaps(Answer("It can take up to six weeks to arrive.", "You can chase it by phone."), Said));

    [Fact]
    public void NothingSaidBeforeIsNoOverlap() =>
        Assert.False(RepeatedAnswer.Overlaps(Answer("Councils should help care leavers get ID."), []));

    [Fact]
    public void ARetoldSentenceIsNotARepeatWhenSomethingNewIsSaidToo()
    {
        var answer = Answer("This includes a passport and a birth certificate.", "It can take a few weeks.");
        Assert.True(RepeatedAnswer.Overlaps(answer, Said));
        Assert.False(RepeatedAnswer.Repeats(answer, Said));
    }
}
