using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Pipeline;

/// <summary>
/// Round AK (sent-ak): "is that still true now" after a rule whose section says it ran until a date, or that what holds now could not
/// be confirmed, is answered with that sentence: it is what the guide knows of the present.
/// </summary>
public sealed class StillTrueNowTests
{
    [Theory]
    [InlineData("wait is that still true for kids in care now")]
    [InlineData("do they still do that now")]
    [InlineData("is that still a thing now tho")]
    public async Task StillNowAfterTheJuniorIsaSaysTheDealRanUntil2025(string followUp)
    {
        var state = new ConversationState();
        var step = RealContent.SeedsKnowledgeStep();
        await RealContent.AskAsync(step, state, "my mate said kids in care get £200 put in a savings account is that real");

        var reply = await RealContent.AskAsync(step, state, followUp);

        Assert.Contains("2025", reply);
    }
}
