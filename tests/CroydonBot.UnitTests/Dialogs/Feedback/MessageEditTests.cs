using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>Round P: a request to edit the feedback message already written is read by its shape and applied.</summary>
public sealed class MessageEditTests
{
    [Theory]
    [InlineData("could u make it say the youth club should stay open till 9", MessageEditKind.Change, "the youth club should stay open till 9")]
    [InlineData("sorry can you change my message to: the bus pass took 3 months to come", MessageEditKind.Change, "the bus pass took 3 months to come")]
    [InlineData("oh and add that the staff were really kind", MessageEditKind.Add, "the staff were really kind")]
    [InlineData("can you add to my message that it happened twice", MessageEditKind.Add, "it happened twice")]
    [InlineData("please remove the bit about my PA", MessageEditKind.Remove, "the bit about my PA")]
    [InlineData("can you take his name out of it? he might get in trouble", MessageEditKind.Remove, "his name")]
    // Round T (dialog-t): leave asked to edit, then the edit said in a clause of its own.
    [InlineData("oh can i edit it, add that the bus was late as well", MessageEditKind.Add, "the bus was late as well")]
    [InlineData("could you change my message - take out the bit about my PA", MessageEditKind.Remove, "the bit about my PA")]
    public void ReadsAnEditRequest(string text, MessageEditKind kind, string words)
    {
        var edit = MessageEdit.Read(text);

        Assert.NotNull(edit);
        Assert.Equal(kind, edit.Kind);
        Assert.Equal(words, edit.Words);
    }

    [Theory]
    [InlineData("can i make a complaint about my placement")]
    [InlineData("how do i change my PA")]
    [InlineData("take it out")]
    [InlineData("can you change it")]
    // Look-alike: leave asked, then not an edit but a question.
    [InlineData("can i change it, how long do i have")]
    [InlineData("my PA never calls me back")]
    public void AQuestionOrStoppingIsNoEdit(string text) => Assert.Null(MessageEdit.Read(text));

    [Fact]
    public void AnAdditionJoinsTheMessage() =>
        Assert.Equal("the gym is too far\n\nthe staff were kind",
            MessageEdit.Apply(new MessageEditRequest(MessageEditKind.Add, "the staff were kind"), "the gym is too far", "Change asked for:"));

    [Fact]
    public void AShortChangeIsMarkedAndALongOneReplacesTheMessage()
    {
        var message = "the forum should meet at 6pm because everyone is at college in the day";

        Assert.Equal(message + "\n\nChange asked for: at 7pm", MessageEdit.Apply(new MessageEditRequest(MessageEditKind.Change, "at 7pm"), message, "Change asked for:"));
        Assert.Equal("the forum should meet in the evenings on weekdays after college",
            MessageEdit.Apply(new MessageEditRequest(MessageEditKind.Change, "the forum should meet in the evenings on weekdays after college"), message, "Change asked for:"));
    }

    [Fact]
    public void ARemovalTakesOutTheWordsOrTheNames()
    {
        Assert.Equal("my PA was great, the bus pass was late.", MessageEdit.Apply(new MessageEditRequest(MessageEditKind.Remove, "the bit about the gym"), "my PA was great about the gym, the bus pass was late.", "x"));
        Assert.Equal("Thanks to the Staying Put team for helping [name] stay with us.",
            MessageEdit.Apply(new MessageEditRequest(MessageEditKind.Remove, "his initial"), "Thanks to the Staying Put team for helping J. stay with us.", "x"));
        Assert.Equal("Please thank [name] for all the help.",
            MessageEdit.Apply(new MessageEditRequest(MessageEditKind.Remove, "her name"), "Please thank Priya for all the help.", "x"));
        Assert.Null(MessageEdit.Apply(new MessageEditRequest(MessageEditKind.Remove, "the swearing"), "the bus pass is late", "x"));
    }
}
