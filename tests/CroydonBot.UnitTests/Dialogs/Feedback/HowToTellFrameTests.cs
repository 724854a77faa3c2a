using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

public class HowToTellFrameTests
{
    [Theory]
    [InlineData("how can i let the council know the bins at the hub are never emptied", "the bins at the hub are never emptied")]
    [InlineData("is there a way to tell them the new forms are confusing?", "the new forms are confusing")]
    [InlineData("where do i send a thank you for my old foster carer", "a thank you for my old foster carer")]
    [InlineData("how do i tell the council that", "")]
    public void TheWordsAfterAFrameOfTellingAreTheContent(string clause, string content) =>
        Assert.Equal(content, HowToTellFrame.Remainder(clause));

    [Theory]
    [InlineData("how do i give feedback on my dentist")]
    [InlineData("where can i send some comments")]
    [InlineData("how do i complain about my PA")]
    [InlineData("where can i send a complaint about my housing officer")]
    [InlineData("who do i tell that im moving")]
    [InlineData("what is the grant for a fridge")]
    public void NoFrameOrOnlyFeedbackNamedHasNoContent(string clause) =>
        Assert.Null(HowToTellFrame.Remainder(clause));
    /// <summary>Round P (route-p): a frame whose object only names a message still opens with a frame of telling.</summary>
    [Theory]
    [InlineData("is it possible to send a message to the people in charge")]
    [InlineData("how do we get that message to them")]
    public void AFrameNamingOnlyAMessageOpensAFrame(string clause)
    {
        Assert.True(HowToTellFrame.Opens(clause), clause);
        Assert.True(HowToTellFrame.Remainder(clause) is null || HowToTellFrame.Remainder(clause)!.Split(' ').Length <= 3, clause);
    }

    /// <summary>Round Q (route-s): asking whom to moan to, or where to leave a word, opens a frame; "who do i tell" and where to post a letter do not.</summary>
    [Theory]
    [InlineData("who do i moan to about the gym scheme", true)]
    [InlineData("who can we complain to", true)]
    [InlineData("where can i write something for the ambassadors", true)]
    [InlineData("where do i put it", true)]
    [InlineData("who do i tell that im moving", false)]
    [InlineData("where do i post a letter", false)]
    [InlineData("who do i talk to about my bursary", false)]
    public void AskingWhomToMoanToOrWhereToLeaveAWordOpensAFrame(string clause, bool opens) =>
        Assert.Equal(opens, HowToTellFrame.Opens(clause));
}
