using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Staff;
using CroydonBot.Staff;
using Microsoft.Data.Sqlite;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 6: a staff cookie is only as good as the session, account and role behind it right now.</summary>
public sealed class StaffSessionTests : IAsyncLifetime
{
    private const string Manager = "dana.manager";
    private const string Password = "a long enough manager password";
    private readonly string _accounts = Path.Combine(Path.GetTempPath(), $"croydonbot-accounts-{Guid.NewGuid():N}.json");
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        SaveManager(StaffRoles.Manager);
        _host = await BotHost.StartAsync($"Staff:AccountsFile={_accounts}", "Staff:AbsoluteLifetimeHours=8");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        File.Delete(_accounts);
    }

    private void SaveManager(string role)
    {
        var account = new StaffAccount { UserName = Manager, Role = role };
        account.PasswordHash = StaffAccountStore.HashPassword(account, Password);
        StaffAccountFile.Save(_accounts, account);
    }

    /// <summary>A second client presenting the same cookie: what an attacker who copied it would hold.</summary>
    private HttpClient Replay(StaffClient client)
    {
        var copy = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = _host.BaseAddress };
        copy.DefaultRequestHeaders.Add("Cookie", client.Cookies.GetCookieHeader(new Uri(_host.BaseAddress, "staff")));
        return copy;
    }

    [Fact]
    public async Task AfterSignOutTheOldCookieNoLongerWorks()
    {
        using var client = new StaffClient(_host);
        await client.SignInOrFailAsync(Manager, Password);
        using var stolen = Replay(client);

        using var signOut = await client.PostFormAsync("/staff/sign-out", [], tokenFrom: "/staff");
        using var page = await stolen.GetAsync("staff");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/staff/sign-in", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADemotedManagerCannotDownloadTheCsvOnTheNextRequest()
    {
        using var client = new StaffClient(_host);
        await client.SignInOrFailAsync(Manager, Password);
        using (var before = await client.GetAsync("/staff/export/feedback.csv"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        SaveManager(StaffRoles.Staff);
        using var after = await client.GetAsync("/staff/export/feedback.csv");

        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task ARemovedAccountIsSignedOutOnTheNextRequest()
    {
        using var client = new StaffClient(_host);
        await client.SignInOrFailAsync(Manager, Password);

        File.Delete(_accounts);
        using var page = await client.GetAsync("/staff");

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Theory]
    [InlineData("/staff/%09/evil.com")]
    [InlineData("/staff/\t/evil.com")]
    [InlineData("/staff/%5C%5Cevil.com")]
    [InlineData("/staff/..%2F%2Fevil.com")]
    public async Task AnOddReturnUrlGoesToTheDashboardNeverOffSiteOrToA500(string returnUrl)
    {
        using var client = new StaffClient(_host);
        var token = StaffClient.Token(await client.GetPageAsync("/staff/sign-in"));

        using var response = await client.PostFormAsync($"/staff/sign-in?returnUrl={Uri.EscapeDataString(Uri.UnescapeDataString(returnUrl))}",
            [new("username", Manager), new("password", Password), new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ThirtyParallelWrongPasswordsGetAtMostFiveChecked()
    {
        var clients = Enumerable.Range(0, 30).Select(_ => new StaffClient(_host)).ToList();
        var tokens = await Task.WhenAll(clients.Select(async c => StaffClient.Token(await c.GetPageAsync("/staff/sign-in"))));

        await Task.WhenAll(clients.Select((c, i) => c.PostFormAsync("/staff/sign-in",
            [new("username", Manager), new("password", $"wrong {i}"), new("__RequestVerificationToken", tokens[i])])));

        await using var connection = new SqliteConnection($"Data Source={_host.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT COUNT(*) FROM staff_audit WHERE detail LIKE 'wrong password%'", connection);
        Assert.InRange((long)(await command.ExecuteScalarAsync())!, 1, 5);
        clients.ForEach(c => c.Dispose());
    }
}
