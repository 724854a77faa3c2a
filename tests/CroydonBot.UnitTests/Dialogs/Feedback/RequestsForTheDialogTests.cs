using CroydonBot.Dialogs.Feedback;
using CroydonBot.Dialogs.Feedback.Intent;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round Z (route-z): whole messages asking for what the feedback dialog does (how to give feedback to the council, an order
/// to lodge a complaint), and a request to be reached that carries its contact ("could someone phone me back on ..."), in
/// phrasings of our own, with look-alikes that must not change.
/// </summary>
public sealed class RequestsForTheDialogTests
{
    [Theory]
    [InlineData("how can i leave some feedback for croydon council")]
    [InlineData("how do we give a compliment?")]
    [InlineData("where do i send an idea to the council")]
    [InlineData("how should i pass on feedback to you")]
    [InlineData("lodge a formal complaint about the hostel pls")]
    [InlineData("raise a complaint against my PA for me")]
    [InlineData("could u file a complaint for me")]
    public void AWholeRequestForTheDialogIsRecognised(string text) => Assert.True(AsksForTheDialog.Matches(text), text);

    [Theory]
    // Feedback with nothing named is answered with the button, as before: it may be a complaint, and the guide has both routes.
    [InlineData("how should i pass on feedback")]
    // A complaint asked about is the procedure, which the guides hold.
    [InlineData("how do i make a complaint about the hub")]
    // Someone outside the council is not who the dialog sends to.
    [InlineData("how do i send feedback to my landlord")]
    [InlineData("how do i give feedback on my tutors essay notes")]
    // Leave asked, or more asked after the order, is read as before.
    [InlineData("can i make a complaint")]
    [InlineData("make a complaint about my PA how long does it even take")]
    [InlineData("my mate made a complaint about me")]
    public void LookAlikesAreNotARequestForTheDialog(string text) => Assert.False(AsksForTheDialog.Matches(text), text);

    private static readonly EarlyAnswers Early = new(DialogFiles.Feedback().Fields, null);

    [Theory]
    [InlineData("could someone please phone me back on 07700 900123 thanks", "contactPhone", "07700 900123")]
    [InlineData("can they just email me at jo.b@example.org if they need to", "contactEmail", "jo.b@example.org")]
    public void ARequestToBeReachedKeepsItsContact(string text, string field, string contact)
    {
        var found = Early.Find(new Dictionary<string, string>(), "ambassador", text);
        Assert.Equal((field, contact), found is { } f ? (f.Field.Id, f.Value) : default);
    }

    [Fact]
    public void ANumberInALongerSentenceThatAsksNothingIsNoContact() =>
        Assert.Null(Early.Find(new Dictionary<string, string>(), "ambassador", "the hub number 020 8726 6000 never gets answered on fridays at all"));

    [Theory]
    [InlineData("ok so back to it, i dont need a reply", true)]
    [InlineData("right where was i, no need to reply to me", true)]
    // A first clause longer than a lead says something of its own.
    [InlineData("my PA said she would sort the boiler last week, no need to reply though", false)]
    public void AnAnswerOpeningTheClauseAfterAShortLeadIsFound(string text, bool found)
    {
        var wantsReply = DialogFiles.Feedback().Fields.First(f => f.Id == "wantsReply");
        Assert.Equal(found, wantsReply.Early.Any(e => Early.OpensAfterALead(text, e.Pattern)));
    }
}
