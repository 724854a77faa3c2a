using CroydonBot.Storage;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round AO (answer-ao): the detail young people ask about a rule (the age to take savings out, a fee, who a relief covers,
/// whether a new law has started) is written in the same sentence as the rule, or in the section's opening, so the word budget
/// cannot leave it out when the section is the right one. The phrasings are our own, not evaluation questions; the look-alikes
/// are neighbouring questions whose answers must not move.
/// </summary>
public sealed class DetailBesideItsFactTests
{
    private static Task<string> AskAsync(string text) =>
        RealContent.AskAsync(RealContent.SeedsKnowledgeStep(), new ConversationState(), text);

    [Theory]
    [InlineData("what is the junior isa for kids in care and at what age is the money mine to take", "18")]
    [InlineData("what does the 18-25 care leaver oyster photocard cost", "£20")]
    [InlineData("i share my flat with my partner, is my partner covered by the care leaver council tax relief too", "named on the bill")]
    [InlineData("is the staying close duty in force yet", "not in force")]
    [InlineData("i lived in a children's home so can i get staying put", "Staying Close")]
    [InlineData("which other council was sent in to help croydon after 2017", "Camden")]
    public async Task TheDetailAskedComesWithItsFact(string question, string detail) =>
        Assert.Contains(detail, await AskAsync(question));

    [Theory]
    [InlineData("how much is the uni bursary", "2,000")]
    [InlineData("what rating does croydon have now", "good")]
    [InlineData("how long can i stay with my foster carer under staying put", "21")]
    public async Task ANeighbouringQuestionKeepsItsAnswer(string question, string fact) =>
        Assert.Contains(fact, await AskAsync(question));
}
