using CroydonBot.Dialogs.Feedback;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>Agreement and "send it" read from the data file's words (round F of the forgiving dialog).</summary>
public sealed class SendWordsTests
{
    private static readonly CroydonBot.Dialogs.Feedback.FeedbackDialogData Data = DialogFiles.Feedback();

    private readonly SendWords _words = new(Data.Commands.Send, Data.Commands.Fillers, Data.Confirm.Yes.Concat(Data.Summary.SendSynonyms), Data.Commands.AgreementLeads, Data.Confirm.No);

    [Theory]
    [InlineData("yeah thats right, send it off")]
    [InlineData("yh correct send it")]
    [InlineData("ok sure, submit it please")]
    [InlineData("yep looks good send it now")]
    [InlineData("yes thats all correct. please send it")]
    [InlineData("yes n send it")]
    public void AgreementThenARequestToSendIsASend(string text) => Assert.True(_words.IsSend(text));

    [Theory]
    [InlineData("send it to my PA's manager please because she ignored me for weeks")]
    [InlineData("yes my PA never answers")]
    [InlineData("yh go ahead then")]
    public void SomethingMoreOrNoRequestToSendIsNotASend(string text) => Assert.False(_words.IsSend(text));

    [Theory]
    [InlineData("yh go ahead then")]
    [InlineData("ok cool")]
    [InlineData("yeah thats right, send it off")]
    public void AgreementAloneIsAgreement(string text) => Assert.True(_words.IsAgreement(text));

    [Theory]
    [InlineData("yes my PA never answers")]
    [InlineData("ok so the bus pass thing is rubbish")]
    [InlineData("nah")]
    [InlineData("ok no")]
    public void AgreementThatGoesOnToSaySomethingIsNot(string text) => Assert.False(_words.IsAgreement(text));

    [Theory]
    [InlineData("ok cool. they can ring me", "they can ring me")]
    [InlineData("ok. yeah. happy for them to get back to me", "happy for them to get back to me")]
    [InlineData("my flat is cold. ok", "my flat is cold. ok")]
    [InlineData("ok cool", "ok cool")]
    public void LeadingAgreementIsSetAsideToSeeWhereTheReplyStarts(string text, string from) =>
        Assert.Equal(from, _words.WithoutLeadingAgreement(text));

    /// <summary>Round AC (ctx-ac): "still" before the request to send keeps it a request ("can u still send what i wrote").</summary>
    [Theory]
    [InlineData("right thats what i figured. could u still send what i wrote")]
    [InlineData("pls still send it")]
    public void StillBeforeARequestToSendAsksToSend(string text) => Assert.True(_words.AsksToSend(text));

    [Theory]
    [InlineData("still waiting for my PA to ring back")]
    [InlineData("i still think the grant is too small")]
    public void StillWithoutARequestToSendDoesNotAsk(string text) => Assert.False(_words.AsksToSend(text));

    /// <summary>
    /// Round AI (route-ai): asking leave to send ("ok can i still send the nice message about her") is asking to send, as "can u send it"
    /// is; leave on a condition ("can i send it without my name") asks how, and "can i" before anything but sending asks nothing of it.
    /// </summary>
    [Theory]
    [InlineData("ok can i still send the nice message about her")]
    [InlineData("right, could we send it now")]
    [InlineData("thanks for that. can i send my message to the council now")]
    [InlineData("may i still send it pls")]
    public void AskingLeaveToSendAsksToSend(string text) => Assert.True(_words.AsksToSend(text), text);

    [Theory]
    [InlineData("can i send it without my name on it")]
    [InlineData("could i send it by email instead")]
    [InlineData("can i get a PA after 21")]
    [InlineData("i sent it last week")]
    public void LeaveOnAConditionOrToDoSomethingElseDoesNotAskToSend(string text) => Assert.False(_words.AsksToSend(text), text);

    /// <summary>Round AK (lead): saying one will send it ("kk let me send it then") asks to send, as "send it" does.</summary>
    [Theory]
    [InlineData("kk let me send it then")]
    [InlineData("lemme send it")]
    [InlineData("ok ill just send it")]
    [InlineData("lets send it")]
    [InlineData("yeah i wanna send it now")]
    public void SayingOneWillSendItAsksToSend(string text)
    {
        Assert.True(_words.AsksToSend(text));
        Assert.True(_words.IsSend(text));
    }

    /// <summary>Round AK (lead): sending put off to another time is no request to send now.</summary>
    [Theory]
    [InlineData("ill send it tomorrow")]
    [InlineData("let me send it another day")]
    [InlineData("ill send it next week when ive spoken to my PA")]
    [InlineData("i want to send a complaint about my PA")]
    [InlineData("lets send them a message about the hub")]
    public void SendingPutOffOrSomethingElseToSendIsNoRequestToSendNow(string text)
    {
        Assert.False(_words.AsksToSend(text));
        Assert.False(_words.IsSend(text));
    }
}
