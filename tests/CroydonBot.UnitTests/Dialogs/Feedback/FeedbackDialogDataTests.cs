using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>dialogs/feedback.yaml holds what the issue asks for, and bad edits are caught at start-up.</summary>
public sealed class FeedbackDialogDataTests
{
    private readonly FeedbackDialogData _data = DialogFiles.Feedback();

    [Fact]
    public void TheTopicsAreTheSixTheCouncilAskedFor()
    {
        var topic = _data.Fields.Single(f => f.Id == "topic");

        Assert.Equal(
            ["leaving-care", "housing", "ambassadors", "council-services", "this-bot", "something-else"],
            topic.Choices.Select(c => c.Value));
    }

    [Fact]
    public void TheMessageIsLimitedToTwoThousandCharacters()
    {
        Assert.Equal(2000, _data.Fields.Single(f => f.Id == "message").MaxLength);
    }

    [Fact]
    public void ContactDetailsAreOnlyAskedForWhenAReplyIsWantedAndCanBeSkipped()
    {
        var contactFields = _data.Fields.Where(f => f.Id.StartsWith("contact", StringComparison.Ordinal) && f.Type == "text").ToList();

        Assert.NotEmpty(contactFields);
        Assert.All(contactFields, f => Assert.True(f.Optional));
        Assert.All(contactFields, f => Assert.False(f.Applies(new Dictionary<string, string> { ["wantsReply"] = "no" })));
        Assert.All(contactFields, f => Assert.Contains("optional", f.Prompt, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void AFieldWithAnUnknownTypeIsRejected()
    {
        _data.Fields.Add(new FeedbackField { Id = "extra", Type = "slider" });

        var error = Assert.Throws<InvalidDataException>(() => _data.Validate());
        Assert.Contains("slider", error.Message);
    }

    [Theory]
    [InlineData("wantsReply=yes", "yes", true)]
    [InlineData("wantsReply=yes", "no", false)]
    [InlineData("contactMethod=email|phone", "phone", true)]
    [InlineData("contactMethod=email|phone", "adviser", false)]
    public void WhenConditionsReadTheEarlierAnswer(string when, string value, bool applies)
    {
        var field = new FeedbackField { When = when };
        var answers = new Dictionary<string, string> { [when.Split('=')[0]] = value };

        Assert.Equal(applies, field.Applies(answers));
        Assert.False(field.Applies(new Dictionary<string, string>()));
    }
}
