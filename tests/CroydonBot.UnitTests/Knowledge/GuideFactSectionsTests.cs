using CroydonBot.Storage;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round Y: a fact a young person can ask about (from the team's research, shared/reference/facts.md) is stated
/// plainly in a guide section of its own, first or in one sentence, so the answer comes from the guide and not
/// from a raw fragment or a section where the fact is one line of a list. The phrasings are our own; the
/// look-alikes are neighbouring questions whose answers must not move.
/// </summary>
public sealed class GuideFactSectionsTests
{
    private static Task<string> AskAsync(string text) =>
        RealContent.AskAsync(RealContent.SeedsKnowledgeStep(), new ConversationState(), text);

    [Theory]
    [InlineData("which official did the education secretary appoint to look at croydon in 2017", "Eleanor Brazil")]
    [InlineData("how many looked after children did croydon have during the 2017 inspection", "760")]
    [InlineData("what does ilacs stand for in ofsted reports", "Inspecting Local Authority Children's Services")]
    [InlineData("does croydon's virtual school aim high for kids in care", "high ambitions")]
    [InlineData("do care leavers co-run the corporate parenting board", "co-chair")]
    [InlineData("what sort of activities does the children in care council put on", "workshops")]
    [InlineData("my cousin is 6 and in care, are there events for kids that age", "4 to 10")]
    [InlineData("my letter calls me a former relevant child, explain please", "13 weeks")]
    [InlineData("which charity runs a free advice line for care leavers", "0800 023 2033")]
    [InlineData("what was the mayor's reaction to croydon's latest ofsted", "good news for Croydon")]
    public async Task AFactWithASectionOfItsOwnIsAnsweredFromIt(string question, string fact) =>
        Assert.Contains(fact, await AskAsync(question));

    [Theory]
    [InlineData("what was croydon rated in 2017", "inadequate")]
    [InlineData("is croydon still inadequate", "good")]
    [InlineData("how often does the care leavers forum meet", "every month")]
    [InlineData("how much is the uni bursary", "2,000")]
    public async Task ANeighbouringQuestionKeepsItsAnswer(string question, string fact) =>
        Assert.Contains(fact, await AskAsync(question));

    [Fact]
    public async Task AHistoricalCountSaysWhenItDatesFrom()
    {
        var answer = await AskAsync("how many looked after children did croydon have during the 2017 inspection");

        Assert.Contains("history", answer);
        Assert.Contains("2017", answer);
    }
}
