using System.Net;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>Sign-in, sessions, anti-forgery and roles in the staff area, over HTTP against the real app.</summary>
public sealed class StaffSignInTests(StaffHostFixture fixture) : SharedStaffHostTests(fixture)
{
    public static TheoryData<string> Pages => ["/staff", "/staff/questions", "/staff/unanswered", "/staff/feedback", "/staff/feedback/FB-2026-000001", "/staff/audit", "/staff/feedback/delete"];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPageSendsAVisitorWithoutASessionToSignIn(string page)
    {
        using var client = new StaffClient(Host);
        using var response = await client.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/staff/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/export/questions.csv")]
    [InlineData("/staff/export/feedback.csv")]
    public async Task ExportsAnswer401WithoutASession(string export)
    {
        using var client = new StaffClient(Host);
        using var response = await client.GetAsync(export);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AStaffMemberSignsInAndSeesTheDashboard()
    {
        using var client = new StaffClient(Host);
        using var signIn = await client.SignInAsync(StaffHost.StaffName, StaffHost.Password);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/staff", signIn.Headers.Location!.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("croydonbot-staff=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/staff", cookie, StringComparison.OrdinalIgnoreCase);
        var dashboard = await client.GetPageAsync("/staff");
        Assert.Contains("<h1>Dashboard</h1>", dashboard, StringComparison.Ordinal);
        Assert.Contains(StaffHost.StaffName, dashboard, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/staff/feedback?status=new", "/staff/feedback?status=new")]
    [InlineData("https://evil.example/staff", "/staff")]
    [InlineData("//evil.example/staff", "/staff")]
    [InlineData("/staffing-agency", "/staff")]
    [InlineData("/api/messages", "/staff")]
    public async Task AfterSignInOnlyAddressesInsideTheStaffAreaAreFollowed(string returnUrl, string expected)
    {
        using var client = new StaffClient(Host);
        using var response = await client.PostFormAsync("/staff/sign-in",
            [new("username", StaffHost.StaffName), new("password", StaffHost.Password), new("returnUrl", returnUrl)], tokenFrom: "/staff/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(expected, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task StaffPagesAreNeverCachedFramedOrScripted()
    {
        using var client = new StaffClient(Host);
        using var response = await client.GetAsync("/staff/sign-in");
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongPasswordShowsOneMessageAndNoSession()
    {
        using var client = new StaffClient(Host);
        using var response = await client.SignInAsync(StaffHost.StaffName, "not the password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("The user name or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var page = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task SignInWithoutTheAntiForgeryTokenIsRejectedWith400()
    {
        using var client = new StaffClient(Host);
        await client.GetPageAsync("/staff/sign-in");
        using var response = await client.PostFormAsync("/staff/sign-in", [new("username", StaffHost.StaffName), new("password", StaffHost.Password)]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AFeedbackChangeWithoutTheAntiForgeryTokenIsRejectedWith400AndChangesNothing()
    {
        var item = await Host.AddFeedbackAsync("The bus pass form is hard to find.");
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.StaffName);
        using var response = await client.PostFormAsync($"/staff/feedback/{item.Reference}", [new("status", "actioned"), new("assignee", "x")]);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var stored = await Host.StoredFeedbackAsync(item.Reference);
        Assert.Equal("new", stored!.Status);
    }

    [Fact]
    public async Task AFeedbackChangeWithTheTokenIsSaved()
    {
        var item = await Host.AddFeedbackAsync("More drop-in sessions please.");
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.StaffName);
        using var response = await client.PostFormAsync($"/staff/feedback/{item.Reference}",
            [new("status", "in-review"), new("assignee", "sam.staff"), new("notes", "Asked the drop-in team"), new("replySent", "true")],
            tokenFrom: $"/staff/feedback/{item.Reference}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = await Host.StoredFeedbackAsync(item.Reference);
        Assert.Equal(("in-review", "sam.staff", "Asked the drop-in team", true), (stored!.Status, stored.Assignee, stored.Notes, stored.ReplySent));
    }

    [Theory]
    [InlineData("/staff/export/questions.csv")]
    [InlineData("/staff/export/feedback.csv")]
    [InlineData("/staff/audit")]
    [InlineData("/staff/feedback/delete")]
    public async Task StaffWithoutTheManagerRoleGet403(string path)
    {
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.StaffName);
        using var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task StaffCannotDeleteFeedbackEvenWithAValidToken()
    {
        var item = await Host.AddFeedbackAsync("Please keep this.");
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.StaffName);
        using var response = await client.PostFormAsync("/staff/feedback/delete", [new("reference", item.Reference), new("confirm", "yes")], tokenFrom: $"/staff/feedback/{item.Reference}");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.NotNull(await Host.StoredFeedbackAsync(item.Reference));
    }

    [Fact]
    public async Task AManagerDeletesOneFeedbackByItsReference()
    {
        var doomed = await Host.AddFeedbackAsync("Delete me, I asked for it.");
        var kept = await Host.AddFeedbackAsync("Keep me.");
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.ManagerName);
        using var response = await client.PostFormAsync("/staff/feedback/delete", [new("reference", doomed.Reference), new("confirm", "yes")], tokenFrom: "/staff/feedback/delete");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Null(await Host.StoredFeedbackAsync(doomed.Reference));
        Assert.NotNull(await Host.StoredFeedbackAsync(kept.Reference));
    }

    [Fact]
    public async Task DeletingAnUnknownReferenceSays404()
    {
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.ManagerName);
        using var response = await client.PostFormAsync("/staff/feedback/delete", [new("reference", "FB-1999-999999")], tokenFrom: "/staff/feedback/delete");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("There is no feedback with the reference FB-1999-999999", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SigningOutEndsTheSession()
    {
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.StaffName);
        using var signOut = await client.PostFormAsync("/staff/sign-out", [], tokenFrom: "/staff");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var page = await client.GetAsync("/staff");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task BadFilterValuesAreExplainedNotAnError()
    {
        using var client = await StaffClient.SignedInAsync(Host, StaffHost.ManagerName);
        var page = await client.GetPageAsync("/staff/questions?from=yesterday&kind=rubbish&page=-4");
        Assert.Contains("Enter the date as YYYY-MM-DD.", page, StringComparison.Ordinal);
        using var export = await client.GetAsync("/staff/export/questions.csv?from=yesterday");
        Assert.Equal(HttpStatusCode.BadRequest, export.StatusCode);
        using var missing = await client.GetAsync("/staff/feedback/FB-0000-000000");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }
}
