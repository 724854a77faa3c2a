using CroydonBot.Configuration;
using CroydonBot.Dialogs.Prompts;
using CroydonBot.Replies;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Dialogs.Prompts;

/// <summary>How the confirm prompt hears yes and no, with the words in dialogs/feedback.yaml.</summary>
public sealed class ConfirmPromptTests
{
    private readonly ConfirmPrompt _prompt = new(
        nameof(ConfirmPrompt),
        new ReplyFactory(new Wording(), Options.Create(new ContactOptions())),
        DialogFiles.Feedback().Confirm);

    [Theory]
    [InlineData("yes")]
    [InlineData("Yeah")]
    [InlineData("ye")]
    [InlineData("yep!")]
    [InlineData("Y")]
    [InlineData("yeah go on")]
    [InlineData("ok")]
    public void SlangForYesIsYes(string answer) => Assert.True(_prompt.Recognise(answer));

    [Theory]
    [InlineData("no")]
    [InlineData("nah")]
    [InlineData("Nope.")]
    [InlineData("not really")]
    [InlineData("nah i'm good")]
    public void SlangForNoIsNo(string answer) => Assert.False(_prompt.Recognise(answer));

    [Theory]
    [InlineData("maybe")]
    [InlineData("purple")]
    [InlineData("")]
    public void AnythingElseIsNeither(string answer) => Assert.Null(_prompt.Recognise(answer));
}
