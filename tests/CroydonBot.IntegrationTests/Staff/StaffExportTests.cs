using System.Net;
using System.Text;
using CroydonBot.Staff;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>The CSV downloads as Excel would open them: bytes, quoting and formula safety.</summary>
public sealed class StaffExportTests(StaffHostFixture fixture) : SharedStaffHostTests(fixture)
{
    [Fact]
    public async Task TheQuestionsExportIsUtf8WithABomQuotedAndSafeFromFormulas()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        await Host.AddQuestionAsync($"=HYPERLINK(\"http://evil\",\"{marker} click\")", kind: "fallback", topic: "housing");
        await Host.AddQuestionAsync($"Where can I live, \"{marker}\" said my PA?\nSecond line", topic: "housing");
        await Host.AddQuestionAsync($"@SUM(1) £50 café {marker}", kind: "answer", topic: "money");
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.ManagerName);

        using var response = await client.GetAsync($"/staff/export/questions.csv?q={marker}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", response.Content.Headers.ContentDisposition!.DispositionType, StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);

        Assert.StartsWith(string.Join(',', StaffExportEndpoints.QuestionHeader) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains($",\"'=HYPERLINK(\"\"http://evil\"\",\"\"{marker} click\"\")\",fallback,housing,", text, StringComparison.Ordinal);
        Assert.Contains($",\"Where can I live, \"\"{marker}\"\" said my PA?\nSecond line\",answer,housing,", text, StringComparison.Ordinal);
        Assert.Contains($",'@SUM(1) £50 café {marker},answer,money,", text, StringComparison.Ordinal);
        Assert.Equal(4, text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task TheQuestionsExportFollowsTheLogFilters()
    {
        var marker = Guid.NewGuid().ToString("N")[..8];
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var from = today.AddDays(-20);
        var to = today.AddDays(-10);
        await Host.AddQuestionAsync($"before {marker}", at: new DateTimeOffset(from.AddDays(-1).ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));
        await Host.AddQuestionAsync($"first day {marker}", at: new DateTimeOffset(from.ToDateTime(new TimeOnly(0, 0)), TimeSpan.Zero));
        await Host.AddQuestionAsync($"last day {marker}", at: new DateTimeOffset(to.ToDateTime(new TimeOnly(23, 59)), TimeSpan.Zero));
        await Host.AddQuestionAsync($"after {marker}", at: new DateTimeOffset(to.AddDays(1).ToDateTime(new TimeOnly(0, 0)), TimeSpan.Zero));
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.ManagerName);
        using var response = await client.GetAsync($"/staff/export/questions.csv?q={marker}&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains($"first day {marker}", text, StringComparison.Ordinal);
        Assert.Contains($"last day {marker}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"before {marker}", text, StringComparison.Ordinal);
        Assert.DoesNotContain($"after {marker}", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFeedbackExportHoldsEveryWorkflowFieldSafely()
    {
        var item = await Host.AddFeedbackAsync("-1 star, \"rubbish\" bus pass process");
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.ManagerName);
        using var response = await client.GetAsync("/staff/export/feedback.csv?status=new");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        Assert.StartsWith(string.Join(',', StaffExportEndpoints.FeedbackHeader) + "\r\n", text, StringComparison.Ordinal);
        Assert.Contains($"{item.Reference},", text, StringComparison.Ordinal);
        Assert.Contains(",housing,\"'-1 star, \"\"rubbish\"\" bus pass process\",yes,yes,email,young.person@example.org,yes,no,new,,,no,\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryExportIsWrittenToTheAuditLog()
    {
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.ManagerName);
        using var export = await client.GetAsync("/staff/export/feedback.csv");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = await Host.AuditRowsAsync(20);
        Assert.Contains(rows, r => r is { UserName: StaffHost.ManagerName, Action: AuditActions.Export, Target: "feedback" });
    }
}
