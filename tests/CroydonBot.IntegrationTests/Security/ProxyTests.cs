using System.Net;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.IntegrationTests.Staff;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CroydonBot.IntegrationTests.Security;

/// <summary>Finding 7: behind a reverse proxy the bot sees the real client and scheme, and says so in its headers and cookies.</summary>
public sealed class ProxyTests
{
    private static async Task<HttpStatusCode> GetAsync(BotHost host, string path, string? forwardedFor = null, string? forwardedProto = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }
        using var response = await host.Client.SendAsync(request);
        return response.StatusCode;
    }

    [Fact]
    public async Task BehindAKnownProxyEachClientHasItsOwnRateLimit()
    {
        await using var host = await BotHost.StartAsync("RateLimits:PerAddressPerMinute=3", "Proxy:KnownProxies:0=127.0.0.1");
        for (var i = 0; i < 4; i++)
        {
            await GetAsync(host, "healthz", "203.0.113.1");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(host, "healthz", "203.0.113.1"));
        Assert.Equal(HttpStatusCode.OK, await GetAsync(host, "healthz", "203.0.113.2"));
    }

    [Fact]
    public async Task AForwardedForFromAnUnlistedProxyIsNotBelieved()
    {
        await using var host = await BotHost.StartAsync("RateLimits:PerAddressPerMinute=3", "Proxy:KnownProxies:0=10.9.9.9");
        for (var i = 0; i < 4; i++)
        {
            await GetAsync(host, "healthz", $"203.0.113.{i + 10}");
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await GetAsync(host, "healthz", "203.0.113.99"));
    }

    [Fact]
    public async Task HttpsAtTheProxyTurnsOnHsts()
    {
        await using var host = await BotHost.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "healthz");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var response = await host.Client.SendAsync(request);

        Assert.StartsWith("max-age=", response.Headers.GetValues("Strict-Transport-Security").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStaffCookiesAreSecureByDefault()
    {
        await using var host = await StaffHost.StartAsync("Staff:SecureCookie=true");
        using var request = new HttpRequestMessage(HttpMethod.Get, "staff/sign-in");
        request.Headers.Add("X-Forwarded-Proto", "https");

        using var page = await host.Client.SendAsync(request);

        var antiforgery = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("croydonbot-staff-af=", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        var session = host.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>().Get(CookieAuthenticationDefaults.AuthenticationScheme);
        Assert.Equal(CookieSecurePolicy.Always, session.Cookie.SecurePolicy);
    }
}
