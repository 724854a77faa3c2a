using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// Round M: follow-ups read against the conversation's subject, over the real app: an age asked with no subject of its own,
/// "what do they do" after a side of the subject, the asker's age or move as a condition on the last answer.
/// </summary>
public sealed class ConversationSubjectTests(BotHostFixture fixture) : IClassFixture<BotHostFixture>
{
    // Round N: "how does the council pay it" asks how a payment comes (in instalments), not the amount again.
    [Fact]
    public async Task HowItIsPaidIsTheInstalments()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("is there money for care leavers doing an apprenticeship");

        var paid = await conversation.ReplyAsync("how does the council pay it");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(paid));
        Assert.Contains("three payments", paid.Text);
    }

    // Round N: whom to go to, after a rule with no person in it ("Staying Put is only for foster care"), is answered by
    // someone the asker can reach, not by the rule again.
    [Fact]
    public async Task WhomToAskAfterARuleNamesSomeoneToGoTo()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("can i stay with my foster carers after 18");
        var rule = await conversation.ReplyAsync("and if i live in a residential home instead");

        var who = await conversation.ReplyAsync("who do i go to");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(who));
        Assert.NotEqual(rule.Text, who.Text);
        Assert.Matches("(?i)personal adviser|social worker", who.Text);
    }

    // Round P: "what did he think" after an answer naming a person asks for that person's words, which a passage quoting
    // them holds, not the passage that named them again.
    [Fact]
    public async Task WhatAPersonNamedSaidIsTheirWords()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var named = await conversation.ReplyAsync("who is croydons executive mayor");
        Assert.Contains("Jason Perry", named.Text);

        var said = await conversation.ReplyAsync("what did he think of the inspection");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(said));
        Assert.Matches("(?i)good news|complacent|testament", said.Text);
    }

    [Fact]
    public async Task AnAgeAskedAfterPayIsTheSubjectsAgeNotThePayAgain()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var pay = await conversation.ReplyAsync("are ambassadors paid");

        var age = await conversation.ReplyAsync("how old must you be");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(age));
        Assert.NotEqual(pay.Text, age.Text);
        Assert.Contains("14", age.Text);
    }

    [Fact]
    public async Task WhatTheyDoAfterWhatOfstedThoughtIsWhatTheSubjectDoes()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        var praise = await conversation.ReplyAsync("did ofsted say anything good about the ambassadors");

        var role = await conversation.ReplyAsync("and what do they even do");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(role));
        Assert.NotEqual(praise.Text, role.Text);
        // Round AJ (help-aj): the section saying what they do ("go to strategic meetings"), not the one saying what they are
        // ("help shape services"), which led before ActivityPrecedence.
        Assert.Contains("meetings", role.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheAskersAgeIsAConditionOnTheLastAnswer()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("how much is the college bursary");

        var older = await conversation.ReplyAsync("im 20 though");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(older));
        // The bursary's age rule, which the first answer left out.
        Assert.Contains("16 to 18", older.Text);
    }

    [Fact]
    public async Task MovingToAnotherCouncilIsAConditionNotAQuestionAboutThatCouncil()
    {
        var conversation = new OneReplyConversation(fixture.Host.Client);
        await conversation.ReplyAsync("is there council tax relief for care leavers");

        var moved = await conversation.ReplyAsync("but what if i moved to bromley");

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(moved));
        // The guide has said it several ways over the rounds ("... or somewhere else", "wherever you live now", "whether you now
        // live inside or outside Croydon"): what matters is that the reply answers where one lives, not another council's scheme.
        Assert.Matches("somewhere else|wherever you live|inside or outside Croydon", moved.Text);
    }
}
