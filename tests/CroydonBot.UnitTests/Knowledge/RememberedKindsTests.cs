using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// A thread remembers the kinds of the last few texts it read (<see cref="QuestionKinds.Of"/>, <see cref="QuestionKinds.InConversation"/>):
/// a remembered kind must be the one its own text has, however many other texts came in between.
/// </summary>
public sealed class RememberedKindsTests
{
    // Each text with the kind it asks alone and in a conversation; more texts than a thread remembers, so every one falls out
    // and is read again on the next pass.
    private static readonly (string Text, QuestionKind Alone, QuestionKind InConversation)[] Texts =
    [
        ("wen does the bursary get paid", QuestionKind.When, QuestionKind.When),
        ("how much do i get for my first flat", QuestionKind.HowMuch, QuestionKind.HowMuch),
        ("how often does my worker have to visit", QuestionKind.HowOften, QuestionKind.HowOften),
        ("who runs the leaving care team", QuestionKind.Who, QuestionKind.Who),
        ("tell me about the setting up home grant", QuestionKind.General, QuestionKind.General),
        ("and what was it before that", QuestionKind.General, QuestionKind.Earlier),
        ("what if im 20 by then", QuestionKind.General, QuestionKind.Age),
        ("how long does it last", QuestionKind.General, QuestionKind.HowLong),
        ("how many young people get one", QuestionKind.HowMany, QuestionKind.HowMany),
        ("is the uni money guaranteed by law", QuestionKind.Legal, QuestionKind.Legal),
    ];

    [Fact]
    public void EachTextKeepsItsOwnKindWhenManyOthersAreReadBetween()
    {
        var fillers = Enumerable.Range(0, 40).Select(i => $"tell me about thing number {i} please").ToArray();
        for (var pass = 0; pass < 3; pass++)
        {
            for (var i = 0; i < Texts.Length; i++)
            {
                var (text, alone, inConversation) = Texts[i];
                Assert.Equal(alone, QuestionKinds.Of(text));
                Assert.Equal(inConversation, QuestionKinds.InConversation(text));
                // Asked again at once: now from memory.
                Assert.Equal(inConversation, QuestionKinds.InConversation(text));
                Assert.Equal(alone, QuestionKinds.Of(text));
                // A varying number of other texts between, so a text comes back remembered on some passes and forgotten on others.
                foreach (var filler in fillers.Take((i * 7 + pass * 5) % fillers.Length))
                {
                    Assert.Equal(QuestionKind.General, QuestionKinds.Of(filler));
                }
            }
        }
    }

    [Fact]
    public void TheKindInAConversationIsNotTheKindAloneRemembered()
    {
        // The same text read both ways, alternately: the two memories must not answer for each other.
        const string text = "and what was it before that";
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(QuestionKind.General, QuestionKinds.Of(text));
            Assert.Equal(QuestionKind.Earlier, QuestionKinds.InConversation(text));
        }
    }

    [Fact]
    public void EachThreadRemembersForItself()
    {
        var kinds = new QuestionKind[8];
        Parallel.For(0, kinds.Length, i => kinds[i] = QuestionKinds.InConversation(Texts[i].Text));
        Assert.Equal(Texts.Take(kinds.Length).Select(t => t.InConversation), kinds);
    }
}
