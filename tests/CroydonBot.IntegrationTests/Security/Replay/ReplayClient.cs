using System.Net.Http.Headers;
using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Security.Replay;

/// <summary>
/// One attacker (or one young person) behind the proxy: every request carries its own X-Forwarded-For address and
/// X-Forwarded-Proto https, as a TLS-terminating proxy on the same machine (the one the defaults trust) sends them.
/// Cookies are kept by hand, so Secure cookies set over that https come back as a browser would send them.
/// </summary>
public sealed class ReplayClient : IDisposable
{
    private static int _next;
    private readonly CookieJar _cookies = new();

    public ReplayClient(Uri baseAddress, string? address = null)
    {
        Address = address ?? $"198.51.100.{Interlocked.Increment(ref _next) % 250 + 1}";
        Http = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = baseAddress };
        Http.DefaultRequestHeaders.Add("X-Forwarded-For", Address);
        Http.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
    }

    /// <summary>The client's address as the proxy reports it.</summary>
    public string Address { get; }

    public HttpClient Http { get; }

    public IReadOnlyDictionary<string, string> Cookies => _cookies.Cookies;

    public IList<string> SetCookieHeaders { get; } = [];

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content = null, string? authorization = null)
    {
        using var request = new HttpRequestMessage(method, path.TrimStart('/')) { Content = content };
        _cookies.AddTo(request);
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }
        var response = await Http.SendAsync(request);
        foreach (var header in _cookies.Keep(response))
        {
            SetCookieHeaders.Add(header);
        }
        return response;
    }

    public async Task<string> GetPageAsync(string path)
    {
        using var response = await SendAsync(HttpMethod.Get, path);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form with the anti-forgery token read from <paramref name="tokenFrom"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, string tokenFrom)
    {
        var token = Staff.StaffClient.Token(await GetPageAsync(tokenFrom));
        return await SendAsync(HttpMethod.Post, path, new FormUrlEncodedContent([.. fields, new("__RequestVerificationToken", token)]));
    }

    /// <summary>A second client presenting the same cookies: what someone who copied them would hold.</summary>
    public ReplayClient CopyCookies()
    {
        var copy = new ReplayClient(Http.BaseAddress!, Address);
        foreach (var (name, value) in _cookies.Cookies)
        {
            copy._cookies.Set(name, value);
        }
        return copy;
    }

    public void Dispose() => Http.Dispose();
}
