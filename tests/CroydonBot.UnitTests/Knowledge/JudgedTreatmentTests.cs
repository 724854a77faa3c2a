using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class JudgedTreatmentTests
{
    private static string[] Framed(string message)
    {
        var words = message.Split(' ');
        var used = new bool[words.Length];
        JudgedTreatment.Mark(words, used);
        return [.. words.Where((_, i) => used[i])];
    }

    [Theory]
    [InlineData("what did ofsted think of how croydon treats care leavers", "treats")]
    [InlineData("how well does the council handle kids in care according to ofsted", "handle")]
    [InlineData("did the inspectors like the way croydon deals with care leavers", "deals with")]
    [InlineData("wat did ofsted reckon about how they treated children in care", "treated")]
    [InlineData("how does ofsted think croydon treats kids in care", "treats")]
    public void HowTheCouncilTreatsAGroupIsTheJudgementAsked(string message, string verb)
    {
        Assert.Equal(verb.Split(' '), Framed(message));
    }

    [Theory]
    // A person's own treatment is a complaint, whoever is named.
    [InlineData("my social worker treated me badly can i tell ofsted")]
    [InlineData("how do i tell ofsted croydon treated me badly")]
    // No one judging: "how croydon treats" with no inspector is not Ofsted's view.
    [InlineData("how does croydon treat care leavers")]
    public void TreatmentNotJudgedByOfstedKeepsItsVerb(string message)
    {
        Assert.Empty(Framed(message));
    }
}
