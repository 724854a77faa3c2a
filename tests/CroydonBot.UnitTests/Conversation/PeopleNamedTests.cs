using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Conversation;

public sealed class PeopleNamedTests
{
    private static readonly ManifestEntry Document = new() { File = "news.txt", Title = "News", Kind = "news" };

    // "executive", "mayor" and "staying put" are written in lower case somewhere, so runs with them name no person.
    private static readonly KnowledgeIndex Index = KnowledgeIndex.Build(
    [
        new Passage { Id = "news.txt#0", Document = Document, Text = "The executive mayor spoke. Jason Perry said it was good news.", Ordinal = 0 },
        new Passage { Id = "news.txt#1", Document = Document, Text = "You can ask about staying put. Debbie Jones thanked the staff.", Ordinal = 1 },
    ], new TermAnalyzer());

    [Fact]
    public void ThePeopleNamedComeInTheOrderTheAnswerSaysThem()
    {
        var people = SpokenBy.PeopleNamed(Index, ["Debbie Jones thanked the staff.", "then Jason Perry spoke."]);

        Assert.Equal(["Debbie Jones", "Jason Perry"], people);
    }

    [Fact]
    public void APersonNamedTwiceIsListedOnce()
    {
        var people = SpokenBy.PeopleNamed(Index, ["Jason Perry said so.", "later Jason Perry said it again, and Debbie Jones agreed."]);

        Assert.Equal(["Jason Perry", "Debbie Jones"], people);
    }

    [Fact]
    public void ATitleOrAServiceWrittenInLowerCaseElsewhereIsNoPerson()
    {
        var people = SpokenBy.PeopleNamed(Index, ["The Executive Mayor welcomed it.", "Ask about Staying Put today."]);

        Assert.Empty(people);
    }

    [Fact]
    public void AnAnswerWithNoCapitalisedRunNamesNobody()
    {
        Assert.Empty(SpokenBy.PeopleNamed(Index, ["your pa helps until you are 25.", ""]));
    }
}
