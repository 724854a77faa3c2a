using CroydonBot.Dialogs;
using CroydonBot.Safety;
using CroydonBot.Storage;

namespace CroydonBot.UnitTests.Dialogs;

/// <summary>
/// Round AK (lead): a prompt saved in the conversation state keeps the council's and helplines' numbers it says, while a
/// number the young person typed is still redacted.
/// </summary>
public sealed class PublishedNumbersTests
{
    private static readonly PublishedNumbers Published = PublishedNumbers.From(
        System.IO.Path.GetDirectoryName(DialogFiles.Path(CroydonBot.Dialogs.Feedback.FeedbackDialogData.File))!, new CroydonBot.Configuration.ContactOptions());

    [Fact]
    public void TheDialogTextsPublishTheComplaintsLineAndTheDutyTeam()
    {
        var redacted = Published.RedactKeeping("ring 020 8726 6000 ext. 44010 or out of hours 020 8726 6400", new PersonalDataRedactor().Redact);
        Assert.Equal("ring 020 8726 6000 ext. 44010 or out of hours 020 8726 6400", redacted);
    }

    [Theory]
    [InlineData("my number is 07700 900123, ring the complaints team on 020 8726 6000", "07700 900123")]
    [InlineData("call me on 020 7946 0018 please", "020 7946 0018")]
    public void ANumberTheBotNeverPublishedIsStillRedacted(string text, string secret)
    {
        var redacted = Published.RedactKeeping(text, new PersonalDataRedactor().Redact);
        Assert.DoesNotContain(secret, redacted);
        Assert.Contains("[phone]", redacted);
    }

    [Fact]
    public void ASavedPromptIsAskedAgainWithItsOwnNumbers()
    {
        var state = new ConversationState();
        var dialog = new DialogInstance { Id = "prompt" };
        dialog.Values["options"] = "{\"prompt\":\"> my number is 07700 900123. You can also ring the Complaints Resolution Team on 020 8726 6000 ext. 44010\"}";
        state.DialogStack.Add(dialog);

        new DialogValueRedaction(new PersonalDataRedactor(), Published).Apply(state);

        Assert.Contains("020 8726 6000 ext. 44010", dialog.Values["options"]);
        Assert.DoesNotContain("07700 900123", dialog.Values["options"]);
    }

    [Theory]
    [InlineData("ring me on 020 8726 60001")]
    [InlineData("my account is 1020 8726 6000")]
    public void APublishedNumberInsideALongerOneSomeoneTypedIsRedactedAsBefore(string text) =>
        Assert.Equal(new PersonalDataRedactor().Redact(text), new PublishedNumbers(["020 8726 6000"]).RedactKeeping(text, new PersonalDataRedactor().Redact));

    [Fact]
    public void NoNumbersLeaveTheRedactionAsItWas() =>
        Assert.Equal("[phone]", new PublishedNumbers([]).RedactKeeping("020 8726 6000", new PersonalDataRedactor().Redact));
}
