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
}
