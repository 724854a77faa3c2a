using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>Round R (route-t): which clauses propose a change, and which announce a suggestion. Phrasings of our own.</summary>
public sealed class ProposalTests
{
    [Theory]
    [InlineData("could the council run drop ins on sundays", true)]
    [InlineData("how about u guys open the hub later", true)]
    [InlineData("why dont they hire more PAs", true)]
    [InlineData("can the leaving care team start a group chat", true)]
    [InlineData("can the council help me with rent", false)]
    [InlineData("could you tell me the opening times", false)]
    [InlineData("how about the bursary", false)]
    public void AChangeProposedAsAQuestionIsAProposal(string clause, bool proposes) => Assert.Equal(proposes, Proposal.Matches(clause));

    [Theory]
    [InlineData("i have a suggestion for the app", true)]
    [InlineData("weve got an idea", true)]
    [InlineData("got a quick suggestion", true)]
    [InlineData("i have a question about the app", false)]
    [InlineData("i have no idea what to do", false)]
    public void AnnouncingASuggestionIsReadAsSuch(string clause, bool announces) => Assert.Equal(announces, Proposal.Announces(clause));
}
