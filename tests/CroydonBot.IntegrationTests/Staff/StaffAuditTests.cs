using CroydonBot.Staff;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>Who looked at, changed and deleted what is recorded, and managers can read it.</summary>
public sealed class StaffAuditTests(StaffHostFixture fixture) : SharedStaffHostTests(fixture)
{
    [Fact]
    public async Task ViewingChangingAndDeletingFeedbackEachLeaveAnAuditRow()
    {
        var item = await Host.AddFeedbackAsync("The leaving care grant page is out of date.");
        using var staff = await StaffClient.SignedInAsync(Host, StaffHost.StaffName);
        using var change = await staff.PostFormAsync($"/staff/feedback/{item.Reference}",
            [new("status", "actioned"), new("assignee", StaffHost.StaffName), new("notes", "")], tokenFrom: $"/staff/feedback/{item.Reference}");
        using var manager = await StaffClient.SignedInAsync(Host, StaffHost.ManagerName);
        using var delete = await manager.PostFormAsync("/staff/feedback/delete", [new("reference", item.Reference), new("confirm", "yes")], tokenFrom: "/staff/feedback/delete");

        var rows = await Host.AuditRowsAsync(100);
        var target = "feedback " + item.Reference;
        Assert.Contains(rows, r => r.UserName == StaffHost.StaffName && r.Action == AuditActions.View && r.Target == target);
        Assert.Contains(rows, r => r.UserName == StaffHost.StaffName && r.Action == AuditActions.Change && r.Target == target
            && r.Detail == $"status new -> actioned; assignee (none) -> {StaffHost.StaffName}");
        Assert.Contains(rows, r => r.UserName == StaffHost.ManagerName && r.Action == AuditActions.Delete && r.Target == target);
        Assert.Contains(rows, r => r.UserName == StaffHost.StaffName && r.Action == AuditActions.SignIn);

        var page = await manager.GetPageAsync("/staff/audit");
        Assert.Contains(target, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFailedSignInIsAudited()
    {
        using var client = new StaffClient(Host);
        using var response = await client.SignInAsync("nobody-" + Guid.NewGuid().ToString("N")[..6], "wrong password");
        var rows = await Host.AuditRowsAsync(20);
        Assert.Contains(rows, r => r.Action == AuditActions.SignInFailed && r.UserName.StartsWith("nobody-", StringComparison.Ordinal));
    }
}
