using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class TellerFrameTests
{
    private static string[] Framed(string message)
    {
        var words = message.Split(' ');
        var used = new bool[words.Length];
        TellerFrame.Mark(words, used);
        return [.. words.Where((_, i) => used[i])];
    }

    [Theory]
    [InlineData("my foster carer said croydon got failed by ofsted is that true", "my foster carer said")]
    [InlineData("my foster mum reckons croydon social services were rated inadequate", "my foster mum reckons")]
    [InlineData("so my social worker told me the inspectors slated croydon", "so my social worker told me")]
    [InlineData("me nan was saying ofsted said croydon was rubbish", "me nan was saying")]
    [InlineData("my pa thinks that ofsted gave croydon a good rating", "my pa thinks that")]
    public void WhoToldAnOfstedClaimIsNotWhatItAsks(string message, string teller)
    {
        Assert.Equal(teller.Split(' '), Framed(message));
    }

    [Theory]
    // The teller's own part is the claim's subject: Staying Put is about foster carers.
    [InlineData("my foster carer said i can stay till 21 is that true")]
    [InlineData("my pa said i get a grant when i move out")]
    // The claim is the teller's own state; Ofsted is asked about only after it.
    [InlineData("my pa says she has loads of young people and no time did ofsted pick up on that")]
    [InlineData("my social worker said he has too many cases is that something ofsted said")]
    // Ofsted named, but no one reports it.
    [InlineData("my foster carer wants to know what ofsted said")]
    // The claim opens later: "my" there starts the claim, not a teller.
    [InlineData("is it true that my foster carer said ofsted failed croydon")]
    public void AClaimThatIsNotOfstedsKeepsItsTeller(string message)
    {
        Assert.Empty(Framed(message));
    }
}
