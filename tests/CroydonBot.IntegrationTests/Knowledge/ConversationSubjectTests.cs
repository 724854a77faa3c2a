using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// Round M: follow-ups read against the conversation's subject, over the real app: an age asked with no subject of its own,
/// "what do they do" after a side of the subject, the asker's age or move as a condition on the last answer.
/// </summary>
public sealed class ConversationSubjectTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    // Round N: "how does the council pay it" asks how a payment comes (in instalments), not the amount again.
    [Fact]
    public async Task HowItIsPaidIsTheInstalments()
    {
        var conversation = NewConversation();
        await ReplyAsync("is there money for care leavers doing an apprenticeship", conversation);

        var paid = await ReplyAsync("how does the council pay it", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(paid));
        Assert.Contains("three payments", paid.Text);
    }

    // Round N: whom to go to, after a rule with no person in it ("Staying Put is only for foster care"), is answered by
    // someone the asker can reach, not by the rule again.
    [Fact]
    public async Task WhomToAskAfterARuleNamesSomeoneToGoTo()
    {
        var conversation = NewConversation();
        await ReplyAsync("can i stay with my foster carers after 18", conversation);
        var rule = await ReplyAsync("and if i live in a residential home instead", conversation);

        var who = await ReplyAsync("who do i go to", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(who));
        Assert.NotEqual(rule.Text, who.Text);
        Assert.Matches("(?i)personal adviser|social worker", who.Text);
    }

    // Round P: "what did he think" after an answer naming a person asks for that person's words, which a passage quoting
    // them holds, not the passage that named them again.
    [Fact]
    public async Task WhatAPersonNamedSaidIsTheirWords()
    {
        var conversation = NewConversation();
        var named = await ReplyAsync("who is croydons executive mayor", conversation);
        Assert.Contains("Jason Perry", named.Text);

        var said = await ReplyAsync("what did he think of the inspection", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(said));
        Assert.Matches("(?i)good news|complacent|testament", said.Text);
    }

    [Fact]
    public async Task AnAgeAskedAfterPayIsTheSubjectsAgeNotThePayAgain()
    {
        var conversation = NewConversation();
        var pay = await ReplyAsync("are ambassadors paid", conversation);

        var age = await ReplyAsync("how old must you be", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(age));
        Assert.NotEqual(pay.Text, age.Text);
        Assert.Contains("14", age.Text);
    }

    [Fact]
    public async Task WhatTheyDoAfterWhatOfstedThoughtIsWhatTheSubjectDoes()
    {
        var conversation = NewConversation();
        var praise = await ReplyAsync("did ofsted say anything good about the ambassadors", conversation);

        var role = await ReplyAsync("and what do they even do", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(role));
        Assert.NotEqual(praise.Text, role.Text);
        Assert.Contains("shape", role.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task TheAskersAgeIsAConditionOnTheLastAnswer()
    {
        var conversation = NewConversation();
        await ReplyAsync("how much is the college bursary", conversation);

        var older = await ReplyAsync("im 20 though", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(older));
        // The bursary's age rule, which the first answer left out.
        Assert.Contains("16 to 18", older.Text);
    }

    [Fact]
    public async Task MovingToAnotherCouncilIsAConditionNotAQuestionAboutThatCouncil()
    {
        var conversation = NewConversation();
        await ReplyAsync("is there council tax relief for care leavers", conversation);

        var moved = await ReplyAsync("but what if i moved to bromley", conversation);

        Assert.Equal(ReplyKinds.Answer, ReplyChannelData.KindOf(moved));
        Assert.Contains("somewhere else", moved.Text);
    }

    private static string NewConversation() => Guid.NewGuid().ToString("N");

    private async Task<Activity> ReplyAsync(string text, string conversation) => (await _host.Client.AskAsync(text, conversation)).Single();
}
