using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;
using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>Unanswered questions: grouped, marked covered, or turned into an approved phrasing the bot uses at once and keeps after a restart.</summary>
public sealed class StaffUnansweredTests
{
    [Fact]
    public async Task SimilarUnansweredQuestionsShowAsOneGroupAndCoveredNowClearsIt()
    {
        await using var host = await StaffHost.StartAsync();
        var a = await host.AddQuestionAsync("can my dog live with me in supported lodgings", kind: "fallback");
        var b = await host.AddQuestionAsync("can my dog live with me in my supported lodgings?", kind: "fallback");
        var c = await host.AddQuestionAsync("what is the wifi password at the hub", kind: "fallback");
        await host.AddQuestionAsync("answered question about lodgings dogs", kind: "answer");
        using var client = await StaffClient.SignedInAsync(host, StaffHost.StaffName);

        var page = await client.GetPageAsync("/staff/unanswered");
        Assert.Contains("2 questions, shared words:", page, StringComparison.Ordinal);
        Assert.Contains("1 question", page, StringComparison.Ordinal);
        Assert.DoesNotContain("answered question about lodgings dogs", page, StringComparison.Ordinal);

        using var covered = await client.PostFormAsync("/staff/unanswered?handler=Covered", [new("ids", a.ToString()), new("ids", b.ToString())], tokenFrom: "/staff/unanswered");
        Assert.Equal(HttpStatusCode.Redirect, covered.StatusCode);
        var remaining = await host.Services.GetRequiredService<IQuestionLog>().UnansweredAsync(100, CancellationToken.None);
        Assert.Equal([c], remaining.Select(q => q.Id));
    }

    [Fact]
    public async Task AnApprovedPhrasingIsUsedAtOnceAndIsStillKnownAfterARestart()
    {
        var database = Path.Combine(Path.GetTempPath(), $"croydonbot-test-{Guid.NewGuid():N}.db");
        string passageId;
        const string phrasing = "can i keep a hamster where i live";
        await using (var first = await StaffHost.StartAsync($"Storage:SqlitePath={database}"))
        {
            passageId = first.Services.GetRequiredService<KnowledgeIndex>().Passages[3].Id;
            var id = await first.AddQuestionAsync(phrasing, kind: "fallback");
            using var client = await StaffClient.SignedInAsync(first, StaffHost.StaffName);
            using var response = await client.PostFormAsync("/staff/unanswered?handler=Alternative",
                [new("ids", id.ToString()), new("phrasing", phrasing), new("passageId", passageId)], tokenFrom: "/staff/unanswered");
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var live = first.Services.GetRequiredService<IKnowledgeSource>().Current;
            Assert.Equal(1, live.Generation);
            Assert.Contains(phrasing, live.Index.Passages.Single(p => p.Id == passageId).Questions);
            Assert.Equal(passageId, live.Retrieve(phrasing).Best!.Passage.Id);
            Assert.Empty(await first.Services.GetRequiredService<IQuestionLog>().UnansweredAsync(10, CancellationToken.None));
        }
        await using var second = await StaffHost.StartAsync($"Storage:SqlitePath={database}");
        var passage = second.Services.GetRequiredService<KnowledgeIndex>().Passages.Single(p => p.Id == passageId);
        Assert.Contains(phrasing, passage.Questions);
    }

    [Fact]
    public async Task APhrasingForAPassageThatDoesNotExistIsRefused()
    {
        await using var host = await StaffHost.StartAsync();
        var id = await host.AddQuestionAsync("where is the nearest library", kind: "fallback");
        using var client = await StaffClient.SignedInAsync(host, StaffHost.StaffName);
        using var response = await client.PostFormAsync("/staff/unanswered?handler=Alternative",
            [new("ids", id.ToString()), new("phrasing", "where is the nearest library"), new("passageId", "no-such-file.txt#99")], tokenFrom: "/staff/unanswered");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await host.Services.GetRequiredService<IStaffQueries>().AlternativeQuestionsAsync(CancellationToken.None));
    }
}
