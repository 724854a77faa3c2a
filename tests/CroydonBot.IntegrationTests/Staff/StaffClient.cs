using System.Net;
using System.Text.RegularExpressions;
using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>A browser-like HTTP client for the staff area: keeps cookies, does not follow redirects, reads form tokens.</summary>
public sealed partial class StaffClient : IDisposable
{
    private readonly HttpClient _http;

    public StaffClient(BotHost host)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };
    }

    public CookieContainer Cookies { get; }

    public Task<HttpResponseMessage> GetAsync(string path) => _http.GetAsync(path.TrimStart('/'));

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form the way the page's own form would: with the anti-forgery token read from <paramref name="tokenFrom"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string? tokenFrom = null)
    {
        var values = fields.ToList();
        if (tokenFrom is not null)
        {
            values.Add(new("__RequestVerificationToken", Token(await GetPageAsync(tokenFrom))));
        }
        return await _http.PostAsync(path.TrimStart('/'), new FormUrlEncodedContent(values));
    }

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        await PostFormAsync("/staff/sign-in", [new("username", userName), new("password", password)], tokenFrom: "/staff/sign-in");

    public async Task SignInOrFailAsync(string userName, string password = StaffHost.Password)
    {
        using var response = await SignInAsync(userName, password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>A new client, signed in as <paramref name="userName"/> (the test fails if it cannot sign in).</summary>
    public static async Task<StaffClient> SignedInAsync(BotHost host, string userName, string password = StaffHost.Password)
    {
        var client = new StaffClient(host);
        try
        {
            await client.SignInOrFailAsync(userName, password);
            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public static string Token(string html) => TokenPattern().Match(html) is { Success: true } match
        ? WebUtility.HtmlDecode(match.Groups[1].Value)
        : throw new InvalidOperationException("No anti-forgery token on the page.");

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
