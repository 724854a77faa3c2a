using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

public sealed class EarlyAnswersTests
{
    private readonly EarlyAnswers _early = new(DialogFiles.Feedback().Fields, triggers: null);

    private static readonly Dictionary<string, string> NothingYet = [];

    [Theory]
    [InlineData("07700 900123", "contactPhone", "07700 900123")]
    // A contact inside a few words is the contact, not only the way to reply it names.
    [InlineData("pls whatsapp me on 07700 900123", "contactPhone", "07700 900123")]
    [InlineData("ok my email is jo.bloggs@example.com thanks", "contactEmail", "jo.bloggs@example.com")]
    // No contact: the way to reply alone.
    [InlineData("you can text me back", "contactMethod", "phone")]
    // Round Q (scripts-s): "through" as it is often typed, "thru" or "thro".
    [InlineData("reply thru my pa pls", "contactMethod", "adviser")]
    [InlineData("send it back thro my personal adviser", "contactMethod", "adviser")]
    [InlineData("they can reply thru email", "contactMethod", "email")]
    public void AnAnswerToALaterQuestionIsFoundInAShortReply(string text, string field, string value)
    {
        var found = _early.Find(NothingYet, "topic", text);

        Assert.Equal((field, value), (found?.Field.Id, found?.Value));
    }

    [Theory]
    // Years are not a phone number, and a long message that holds a number is a message.
    [InlineData("we moved flats in 2019 - 2020")]
    [InlineData("my PA gave me her number 07700 900123 but she never ever picks up when i ring it")]
    public void NoContactIsFoundWhereThereIsNone(string text) => Assert.NotEqual("contactPhone", _early.Find(NothingYet, "topic", text)?.Field.Id);

    [Theory]
    // Look-alikes: "thru" without the way to reply, or the PA as the one the feedback is about.
    [InlineData("i got thru my exams with my pa helping")]
    [InlineData("i went thru a lot in care")]
    public void GettingThroughSomethingIsNoWayToReply(string text) => Assert.NotEqual("contactMethod", _early.Find(NothingYet, "topic", text)?.Field.Id);

    [Theory]
    // Round T (dialog-t): a change of the way to reply in a clause after what it undoes, once a reply was asked for.
    [InlineData("on second thoughts dont call, no reply thanks")]
    [InlineData("ok dont email me after all - no reply is fine")]
    public void AChangedReplyInALaterClauseChangesTheReply(string text)
    {
        var answered = new Dictionary<string, string> { ["wantsReply"] = "yes", ["contactMethod"] = "phone" };

        var found = _early.Find(answered, "topic", text);

        Assert.Equal(("wantsReply", "no"), (found?.Field.Id, found?.Value));
    }

    [Theory]
    // Look-alikes: no reply from someone else, in a later clause, is not about the way to reply.
    [InlineData("i rang the hub twice, no reply from anyone")]
    [InlineData("emailed my PA, no answer yet")]
    public void NoReplyFromSomeoneElseInALaterClauseIsNotAChange(string text)
    {
        var answered = new Dictionary<string, string> { ["wantsReply"] = "yes", ["contactMethod"] = "email" };

        Assert.NotEqual("wantsReply", _early.Find(answered, "topic", text)?.Field.Id);
    }
}
