using System.Net;
using System.Net.Http.Json;
using CroydonBot.IntegrationTests.Dialogs;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Staff;
using CroydonBot.Protocol;
using CroydonBot.Staff;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>
/// A young person sends feedback choosing "here in this chat"; staff reply from the feedback page and it reaches that
/// conversation proactively through the connector; "what happened to FB-..." tells its sender the status and the
/// reply, and tells anyone else nothing. Shared by the SQLite and PostgreSQL runs.
/// </summary>
public static class ReplyInChatJourney
{
    public const string StaffReply = "Thanks: the grant list now includes a cooker and a washing machine.";

    public static async Task RunAsync(params string[] settings)
    {
        await using var connector = await RecordingConnector.StartAsync();
        // The proactive reply goes to the loopback connector, which the serviceUrl allow-list refuses unless told.
        await using var host = await StaffHost.StartAsync([.. settings, RecordingConnector.AllowLoopback]);
        var conversation = Guid.NewGuid().ToString("N");
        async Task<string> SayAsync(string text, string user = "user-1", string? inConversation = null)
        {
            var activity = Activities.Message(text, inConversation ?? conversation, serviceUrl: connector.ServiceUrl());
            activity.From = new ChannelAccount { Id = user };
            using var response = await host.Client.PostAsJsonAsync("api/messages", activity, ProtocolJson.Options);
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<ExpectedReplies>(ProtocolJson.Options);
            return string.Join("\n\n", body!.Activities.Select(a => a.Text));
        }
        foreach (var answer in new[] { "feedback", "Housing", "The grant list is missing a cooker.", "no", "yes", "Here in this chat", "yes" })
        {
            await SayAsync(answer);
        }
        var reference = FeedbackConversation.ReferenceIn(await SayAsync("Send it"));
        var other = await new FeedbackConversation(host.Client).ReachSummaryAsync("No reply wanted for this one: the bus pass form is confusing.");
        await other.AnswerAsync("Send it");
        var noChat = FeedbackConversation.ReferenceIn(other.Text);

        using var staff = await StaffClient.SignedInAsync(host, StaffHost.StaffName);
        Assert.Contains("Send reply in their chat", await staff.GetPageAsync($"/staff/feedback/{reference}"), StringComparison.Ordinal);
        using var refused = await staff.PostFormAsync($"/staff/feedback/{noChat}?handler=Reply", [new("reply", "Hello")], tokenFrom: $"/staff/feedback/{noChat}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var sent = await staff.PostFormAsync($"/staff/feedback/{reference}?handler=Reply", [new("reply", StaffReply)], tokenFrom: $"/staff/feedback/{reference}");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);

        // Proactive: no message from the young person started this; it goes to their conversation only.
        var delivered = (await connector.WaitForAsync(1, r => r.Activity.Text?.Contains(StaffReply, StringComparison.Ordinal) == true)).Single();
        Assert.EndsWith($"/v3/conversations/{conversation}/activities", delivered.Path, StringComparison.Ordinal);
        Assert.Equal("user-1", delivered.Activity.Recipient?.Id);
        Assert.Single(connector.Requests, r => r.Activity.Text?.Contains(StaffReply, StringComparison.Ordinal) == true);
        Assert.DoesNotContain(connector.Requests, r => r.Activity.Text?.Contains("Hello", StringComparison.Ordinal) == true);

        var mine = await SayAsync($"what happened to {reference.ToLowerInvariant()}", inConversation: Guid.NewGuid().ToString("N"));
        Assert.Contains(reference, mine, StringComparison.Ordinal);
        Assert.Contains("the team is looking at it", mine, StringComparison.Ordinal);
        Assert.Contains(StaffReply, mine, StringComparison.Ordinal);
        var theirs = await SayAsync($"what happened to {reference}", user: "someone-else", inConversation: Guid.NewGuid().ToString("N"));
        Assert.DoesNotContain(StaffReply, theirs, StringComparison.Ordinal);
        Assert.Contains("only tell you about feedback you sent", theirs, StringComparison.Ordinal);

        var audit = await host.AuditRowsAsync(50);
        Assert.Contains(audit, a => a.Target == "feedback " + reference && a.Detail == "reply sent in chat (connector, test)");
    }
}
