using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>Wanting a just-stopped feedback conversation back (round F of the forgiving dialog).</summary>
public sealed class ChangeBackTests
{
    private static readonly FeedbackDialogData Data = DialogFiles.Feedback();

    private readonly ChangeBack _changeBack = new(Data.Commands.Resume, Data.Commands.ChangeOfMind, Data.Commands.Fillers);

    [Theory]
    [InlineData("oh hang on, i do want to send it actually")]
    [InlineData("sorry my bad. can we carry on")]
    [InlineData("no wait, start over please")]
    [InlineData("ugh i didnt mean to cancel")]
    public void WantingItBackIsRecognised(string text) => Assert.True(_changeBack.Matches(text));

    [Theory]
    [InlineData("nah dont send it, start again some other day")]
    [InlineData("how do i restart my college course if i dropped out last year and my PA says i cant get the bursary again")]
    [InlineData("whats the local offer")]
    [InlineData("how do i continue my course if i move out of croydon")]
    [InlineData("can i restart my pathway plan")]
    [InlineData(null)]
    public void AnythingElseIsNot(string? text) => Assert.False(_changeBack.Matches(text));

    [Fact]
    public void WhatElseTheMessageSaysIsKept()
    {
        Assert.True(_changeBack.Matches("sorry i do want to send it. the rent top up letters never arrive on time", out var rest));
        Assert.Equal("the rent top up letters never arrive on time", rest);
        Assert.True(_changeBack.Matches("no wait. can we carry on", out var none));
        Assert.Equal("no wait", none);
    }

    // Round S: where the conversation is still open, only a sentence that says nothing but carrying on counts.
    [Theory]
    [InlineData("yeah still want to send it", null)]
    [InlineData("ok i still wanna send it. email me at sam@example.com", "email me at sam@example.com")]
    [InlineData("right. carry on", "right")]
    public void SayingOnlyThatTheyCarryOnIsRecognised(string text, string? expectedRest)
    {
        Assert.True(_changeBack.SaysOnly(text, out var rest), text);
        Assert.Equal(expectedRest, rest);
    }

    [Theory]
    [InlineData("the youth club should carry on")]
    [InlineData("i want the council to continue the bus passes")]
    [InlineData("i still want to send it but not today")]
    [InlineData("dont send it")]
    public void APhraseInsideAFullerSentenceIsNotCarryingOn(string text) => Assert.False(_changeBack.SaysOnly(text, out _), text);
}
