using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Round AJ (conv-aj): a follow-up asking the bot to confirm what it said hears what could not be confirmed.</summary>
public sealed class ConfirmationAskedTests
{
    [Theory]
    [InlineData("so croydon def gives 3 grand yeah")]
    [InlineData("so i'll definitely get the full amount")]
    [InlineData("is that guaranteed then")]
    [InlineData("so the swimming club pays for it for sure?")]
    [InlineData("so they give everyone 500 quid right?")]
    [InlineData("ok so the council pays it innit")]
    [InlineData("so can i get it now")]
    [InlineData("can i ask for it yet")]
    public void AFollowUpAskingForCertaintyAsksToConfirm(string question) => Assert.True(ConfirmationAsked.In(question));

    [Theory]
    [InlineData("how much is it")]
    [InlineData("so how do i apply")]
    [InlineData("who do i ask")]
    [InlineData("can i get it if im 19")]
    [InlineData("what's the definition of a care leaver")]
    [InlineData("so what happens next")]
    public void AnOrdinaryFollowUpAsksNoConfirmation(string question) => Assert.False(ConfirmationAsked.In(question));

    [Theory]
    [InlineData("We could not confirm the club's fee, so ask your coach.", true)]
    [InlineData("The start date is not confirmed.", true)]
    [InlineData("We found no change when we checked in May.", true)]
    [InlineData("Ask your personal adviser how much you can get.", true)]
    [InlineData("The club pays at least £500.", false)]
    [InlineData("Councils can pay different amounts.", false)]
    public void WhatCouldNotBeConfirmedLeavesTheQuestionOpen(string sentence, bool open) =>
        Assert.Equal(open, ConfirmationAsked.LeavesOpen(sentence));
}
