using CroydonBot.QuestionLog;
using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>"No answer here, say X": staff write it, a manager approves it, and only then the bot says it.</summary>
public sealed class StaffRepliesTests
{
    [Fact]
    public async Task AStaffReplyIsSaidOnlyAfterAManagerApprovesIt()
    {
        await using var host = await StaffHost.StartAsync();
        const string question = "what time does the youth hub open on saturday";
        const string reply = "The youth hub's opening times are on the council's youth services page.";
        var before = await host.Client.AskAsync(question, "replies-1");
        Assert.DoesNotContain(before, a => a.Text == reply);
        var id = (await host.Services.GetRequiredService<IQuestionLog>().QuestionsAsync(new QuestionFilter(), 0, 1, CancellationToken.None)).Rows.Single().Id;

        using var staff = await StaffClient.SignedInAsync(host, StaffHost.StaffName);
        using var written = await staff.PostFormAsync($"/staff/questions/{id}?handler=SayInstead",
            [new("phrasing", question), new("reply", reply)], tokenFrom: $"/staff/questions/{id}");
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        Assert.DoesNotContain(await host.Client.AskAsync("What time does the youth hub open on Saturday?", "replies-2"), a => a.Text == reply);

        var waiting = Assert.Single(await host.Services.GetRequiredService<IStaffQueries>().StaffRepliesAsync(CancellationToken.None));
        using var refused = await staff.PostFormAsync("/staff/replies?handler=Approve", [new("id", waiting.Id.ToString())], tokenFrom: "/staff/replies");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        using var manager = await StaffClient.SignedInAsync(host, StaffHost.ManagerName);
        Assert.Contains("Approve this reply", await manager.GetPageAsync("/staff/replies"), StringComparison.Ordinal);
        using var approved = await manager.PostFormAsync("/staff/replies?handler=Approve", [new("id", waiting.Id.ToString())], tokenFrom: "/staff/replies");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        Assert.Contains(await host.Client.AskAsync("What time does the youth hub open on Saturday?", "replies-3"), a => a.Text == reply);
        var audit = await host.AuditRowsAsync(50);
        Assert.Contains(audit, a => a.UserName == StaffHost.StaffName && a.Target == $"staff reply {waiting.Id}");
        Assert.Contains(audit, a => a.UserName == StaffHost.ManagerName && a.Target == $"staff reply {waiting.Id}" && a.Detail == "approved");
    }

    [Fact]
    public async Task MarkingAnAnswerWrongNeedsANoteAndAnUnknownQuestionIs404()
    {
        await using var host = await StaffHost.StartAsync();
        var id = await host.AddQuestionAsync("how much is the leaving care grant");
        using var staff = await StaffClient.SignedInAsync(host, StaffHost.StaffName);
        using var empty = await staff.PostFormAsync($"/staff/questions/{id}?handler=Wrong", [new("note", " ")], tokenFrom: $"/staff/questions/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Empty(await host.Services.GetRequiredService<IQuestionLog>().WrongAsync(10, CancellationToken.None));
        using var missing = await staff.GetAsync("/staff/questions/999999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var badSection = await staff.PostFormAsync($"/staff/questions/{id}?handler=Teach", [new("phrasing", "how much is the grant"), new("passageId", "nope#1")], tokenFrom: $"/staff/questions/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, badSection.StatusCode);
    }
}
