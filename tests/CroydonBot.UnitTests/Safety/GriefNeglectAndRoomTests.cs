using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round Z (lead): four crisis shapes that got an answer, "I don't know" or the feedback offer on main eb1dfcc, found while
/// probing complaints about care (our own phrasings, none from an eval batch): wanting to follow someone who died, wanting to
/// disappear said as the whole message, a carer or parent who does not feed the young person, and an older member of the
/// household who keeps coming into their room. Each with look-alikes in the same words that must not become crises.
/// </summary>
public sealed class GriefNeglectAndRoomTests
{
    private static SafeguardingTier TierOf(string message) => SafeguardingFixture.Check.Assess(message, []).Tier;

    [Theory]
    [InlineData("my mum died last year and sometimes i want to go the same way")]
    [InlineData("since my brother passed away i just wanna be with him again")]
    [InlineData("my best mate killed himself in june and i want to join him")]
    [InlineData("i just want to disappear")]
    [InlineData("honestly i wanna vanish from everything")]
    [InlineData("i want to disappear for good")]
    [InlineData("my carer doesnt feed me, is that allowed")]
    [InlineData("my foster mum never gives me any dinner")]
    [InlineData("my step dad refuses to feed us when mum is at work")]
    [InlineData("my carers son keeps coming into my room, is that allowed")]
    [InlineData("my mums boyfriend keeps coming into the bathroom when im in the shower")]
    [InlineData("my foster dad always comes into my bedroom")]
    public void IsACrisis(string message) => Assert.Equal(SafeguardingTier.Crisis, TierOf(message));

    [Theory]
    [InlineData("my nan died last year and i want to go to her grave on her birthday, can the council help with the train")]
    [InlineData("my mum died, i want to be with her family at christmas, can i get travel money")]
    [InlineData("i want to disappear off social media for a bit")]
    [InlineData("i just want to disappear into my bed for a week lol exams are done")]
    [InlineData("my carer doesnt give me pocket money, is that allowed")]
    [InlineData("my foster mum doesnt give me dinner on fridays cos we get a takeaway")]
    [InlineData("staff keep coming into my room to do checks, is that allowed")]
    public void IsNotACrisis(string message) => Assert.NotEqual(SafeguardingTier.Crisis, TierOf(message));
}
