using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Staff;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.FeedbackReplies;

/// <summary>
/// A manager publishes an actioned item's summary (refused while it holds personal data), it shows on the public
/// page with its date, and the bot answers "what has the council changed because of ambassadors" from it.
/// </summary>
public static class YouSaidWeDidJourney
{
    public const string Question = "what has the council changed because of ambassadors?";
    public const string Summary = "The leaving care grant list now includes a cooker and a washing machine.";

    public static async Task RunAsync(params string[] settings)
    {
        await using var host = await StaffHost.StartAsync(settings);
        Assert.Contains("Nothing has been published", string.Join("\n", (await host.Client.AskAsync(Question)).Select(a => a.Text)), StringComparison.Ordinal);
        var item = await host.AddFeedbackAsync("The grant list is missing a cooker, from Jo Bloggs jo@example.org");
        await host.Services.GetRequiredService<IFeedbackStore>().UpdateAsync(item.Reference, FeedbackStatus.Actioned, null, null, false, CancellationToken.None);

        using var staff = await StaffClient.SignedInAsync(host, StaffHost.StaffName);
        using var forbidden = await staff.PostFormAsync($"/staff/feedback/{item.Reference}?handler=Publish", [new("summary", Summary)], tokenFrom: $"/staff/feedback/{item.Reference}");
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);

        using var manager = await StaffClient.SignedInAsync(host, StaffHost.ManagerName);
        using var personal = await manager.PostFormAsync($"/staff/feedback/{item.Reference}?handler=Publish",
            [new("summary", "Jo asked us by email jo@example.org and we added a cooker.")], tokenFrom: $"/staff/feedback/{item.Reference}");
        Assert.Equal(HttpStatusCode.BadRequest, personal.StatusCode);
        using var published = await manager.PostFormAsync($"/staff/feedback/{item.Reference}?handler=Publish", [new("summary", Summary)], tokenFrom: $"/staff/feedback/{item.Reference}");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var page = await host.Client.GetStringAsync("you-said-we-did");
        Assert.Contains(Summary, page, StringComparison.Ordinal);
        Assert.Contains(DateTimeOffset.UtcNow.ToString("yyyy"), page, StringComparison.Ordinal);
        Assert.DoesNotContain("jo@example.org", page, StringComparison.Ordinal);
        Assert.DoesNotContain(item.Reference, page, StringComparison.Ordinal);

        var answer = string.Join("\n", (await host.Client.AskAsync(Question)).Select(a => a.Text));
        Assert.Contains(Summary, answer, StringComparison.Ordinal);
        Assert.Contains("/you-said-we-did", answer, StringComparison.Ordinal);
        Assert.DoesNotContain(Summary, string.Join("\n", (await host.Client.AskAsync("what changed in the 2024 ofsted inspection")).Select(a => a.Text)), StringComparison.Ordinal);
    }
}
