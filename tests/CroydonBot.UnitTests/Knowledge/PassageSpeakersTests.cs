using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class PassageSpeakersTests
{
    [Theory]
    [InlineData("Deputy Leader, Councillor Sam Patel noted the budget had been set.", "Deputy Leader, Councillor Sam Patel")]
    [InlineData("Jo Bloggs (LGA) advised the plan was sound.", "Jo Bloggs (LGA)")]
    [InlineData("Despite the cold, the report highlighted the work of volunteers.", null)]
    [InlineData("It was noted that the library would reopen.", null)]
    [InlineData("The library reopened in March.", null)]
    public void ASentenceOpeningWithWhoSpeaksNamesThem(string sentence, string? speaker) =>
        Assert.Equal(speaker, PassageSpeakers.SpeakerOf(sentence));

    [Fact]
    public void MinutesGoOnWithTheLastSpeakerAndQuotationsWithWhoIntroducedThem()
    {
        Passage[] passages =
        [
            Passage("minutes", "m.txt", "The Chair of Governors, Ann Lee welcomed the plan. The school had done well."),
            Passage("minutes", "m.txt", "Thanks were extended to the pupils for their work."),
            Passage("news", "n.txt", "The head teacher, Raj Mehta, said how proud he was:"),
            Passage("news", "n.txt", "\u201CThis is a great day for our school.\u201D"),
            Passage("news", "n.txt", "\u201CWe will keep going.\u201D"),
            Passage("news", "n.txt", "Parents were pleased too."),
            Passage("guide", "g.md", "Ann Lee said the plan was good."),
        ];

        var speakers = PassageSpeakers.Of(passages);

        Assert.Equal(
            ["The Chair of Governors, Ann Lee", "The Chair of Governors, Ann Lee", "The head teacher, Raj Mehta", "The head teacher, Raj Mehta", "The head teacher, Raj Mehta", "(nobody)", "(nobody)"],
            speakers.Select(s => s ?? "(nobody)"));
    }

    private static Passage Passage(string kind, string file, string text) => new()
    {
        Id = file + "#" + text.Length,
        Document = new ManifestEntry { File = file, Kind = kind, Title = file, Publisher = "p", Url = "https://example.org", Status = "current" },
        Text = text,
    };
}
