using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Staff;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>
/// OpenID Connect sign-in against a provider the test runs (metadata, keys and tokens it makes): the app's real
/// handler redirects, redeems the code with PKCE, validates the signed ID token and maps app roles to staff roles.
/// </summary>
public sealed class StaffOidcTests : IAsyncLifetime
{
    private FakeOidcProvider _idp = null!;
    private BotHost _host = null!;

    public async Task InitializeAsync()
    {
        _idp = await FakeOidcProvider.StartAsync();
        _host = await StartHostAsync();
    }

    private Task<BotHost> StartHostAsync(params string[] settings) =>
        BotHost.StartAsync(
        [
            $"Staff:Oidc:Authority={_idp.Authority}",
            $"Staff:Oidc:ClientId={FakeOidcProvider.ClientId}",
            $"Staff:Oidc:ClientSecret={FakeOidcProvider.ClientSecret}",
            "Staff:Oidc:RequireHttpsMetadata=false",
            $"Staff:AccountsFile={Path.Combine(Path.GetTempPath(), $"croydonbot-no-accounts-{Guid.NewGuid():N}.json")}",
            .. settings,
        ]);

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _idp.DisposeAsync();
    }

    [Fact]
    public async Task AManagerRoleFromEntraIdSignsInAsAManager()
    {
        using var browser = await SignInAsync("alex@croydon.example", ["CroydonBot.Manager"]);
        var dashboard = await GetAsync(browser, "staff");
        Assert.Equal(HttpStatusCode.OK, dashboard.Status);
        Assert.Contains("alex@croydon.example", dashboard.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(browser, "staff/audit")).Status);
        var rows = await _host.AuditRowsAsync(10);
        Assert.Contains(rows, r => r is { UserName: "alex@croydon.example", Action: AuditActions.SignIn, Detail: "OpenID Connect as manager" });
    }

    [Fact]
    public async Task AStaffRoleFromEntraIdCannotExport()
    {
        using var browser = await SignInAsync("sam@croydon.example", ["CroydonBot.Staff"]);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(browser, "staff/feedback")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetAsync(browser, "staff/export/questions.csv")).Status);
    }

    [Fact]
    public async Task AnAccountWithoutACroydonBotRoleIsTurnedAwayWithAMessage()
    {
        using var browser = await SignInAsync("visitor@croydon.example", ["SomethingElse"], expectSession: false);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(browser, "staff")).Status);
        var signIn = await GetAsync(browser, "staff/sign-in?failed=1");
        Assert.Contains("could not be signed in", signIn.Body, StringComparison.Ordinal);
        await AssertAuditedAsNoStaffRoleAsync(_host, "visitor@croydon.example");
    }

    [Fact]
    public async Task ARoleRemovedInEntraIdStopsWorkingAtTheNextRoleCheck()
    {
        // A role-check interval of zero: the first request after signing in is already due, so no clock is waited on.
        await using var host = await StartHostAsync("Staff:Oidc:RoleCheckMinutes=0");
        using var browser = await SignInAsync("alex@croydon.example", ["CroydonBot.Manager"], host: host);

        // The manager role was removed in Entra ID: the session goes back to Entra ID, which now gives no staff role.
        using var export = await browser.SendAsync(HttpMethod.Get, "staff/export/questions.csv");
        Assert.NotEqual(HttpStatusCode.OK, export.StatusCode);
        await ReturnFromProviderAsync(browser, host, "alex@croydon.example", [], expectSession: false);
        Assert.Equal(HttpStatusCode.Redirect, (await GetAsync(browser, "staff")).Status);
        await AssertAuditedAsNoStaffRoleAsync(host, "alex@croydon.example");
    }

    [Fact]
    public async Task AtTheRoleCheckAPersonWhoStillHasTheRoleIsSignedStraightBackIn()
    {
        await using var host = await StartHostAsync("Staff:Oidc:RoleCheckMinutes=0");
        using var browser = await SignInAsync("sam@croydon.example", ["CroydonBot.Staff"], host: host);

        await ReturnFromProviderAsync(browser, host, "sam@croydon.example", ["CroydonBot.Staff"], expectSession: true);
    }

    private static async Task AssertAuditedAsNoStaffRoleAsync(BotHost host, string userName) =>
        Assert.Contains(await host.AuditRowsAsync(10), r => r is { Action: AuditActions.SignInFailed, Detail: "OpenID Connect: no staff role" } && r.UserName == userName);

    /// <summary>Plays the browser: follows the challenge to the provider, "signs in" there, and posts the code back.</summary>
    private async Task<Browser> SignInAsync(string userName, IReadOnlyList<string> roles, bool expectSession = true, BotHost? host = null)
    {
        host ??= _host;
        var browser = new Browser(host.BaseAddress);
        await ReturnFromProviderAsync(browser, host, userName, roles, expectSession);
        return browser;
    }

    /// <summary>Asks for the dashboard, which must send the browser to the provider, and comes back signed in as <paramref name="roles"/> say.</summary>
    private async Task ReturnFromProviderAsync(Browser browser, BotHost host, string userName, IReadOnlyList<string> roles, bool expectSession)
    {
        using var challenge = await browser.SendAsync(HttpMethod.Get, "staff");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var authorize = challenge.Headers.Location!;
        Assert.StartsWith(_idp.Authority + "/authorize", authorize.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(authorize.Query);
        Assert.Equal(FakeOidcProvider.ClientId, query["client_id"].ToString());
        Assert.Equal("S256", query["code_challenge_method"].ToString());
        Assert.Equal(new Uri(host.BaseAddress, "staff/signin-oidc").ToString(), query["redirect_uri"].ToString());

        var code = _idp.IssueCode(userName, roles, query["nonce"].ToString(), query["code_challenge"].ToString());
        using var callback = await browser.SendAsync(HttpMethod.Post, "staff/signin-oidc",
            new FormUrlEncodedContent([new("code", code), new("state", query["state"].ToString())]));
        Assert.Equal(HttpStatusCode.Redirect, callback.StatusCode);
        Assert.Equal(expectSession ? "/staff" : "/staff/sign-in?failed=1", callback.Headers.Location!.OriginalString);
        Assert.Equal(expectSession, browser.HasCookie("croydonbot-staff"));
    }

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(Browser browser, string path)
    {
        using var response = await browser.SendAsync(HttpMethod.Get, path);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Keeps cookies by hand: the handler marks its correlation and nonce cookies Secure (they are SameSite=None),
    /// which a cookie container would withhold over loopback http, while a browser on HTTPS would send them.
    /// </summary>
    private sealed class Browser(Uri baseAddress) : IDisposable
    {
        private readonly HttpClient _http = new(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        private readonly CookieJar _cookies = new();

        public bool HasCookie(string name) => _cookies.Cookies.ContainsKey(name);

        public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null)
        {
            using var request = new HttpRequestMessage(method, path) { Content = content };
            _cookies.AddTo(request);
            var response = await _http.SendAsync(request);
            _cookies.Keep(response);
            return response;
        }

        public void Dispose() => _http.Dispose();
    }
}
