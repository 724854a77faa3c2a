using System.Net;
using System.Text;
using CroydonBot.IntegrationTests.Infrastructure;

namespace CroydonBot.IntegrationTests.Safety;

public sealed class SecurityHeadersTests : AppPerTest
{
    public static TheoryData<string, string> Requests => new()
    {
        { "GET", "privacy" },
        { "GET", "healthz" },
        { "GET", "no-such-page" },
        { "GET", "api/messages" },
        { "POST", "api/messages" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task EveryResponseCarriesTheSecurityHeaders(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new StringContent("{broken", Encoding.UTF8, "application/json");
        }

        using var response = await Host.Client.SendAsync(request);

        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.Contains("frame-ancestors 'self'", csp);
        Assert.DoesNotContain("http", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Single(response.Headers.GetValues("Permissions-Policy"));
    }

    [Fact]
    public async Task FrameAncestorsCanBeSetToEmbedTheWidget()
    {
        await using var host = await BotHost.StartAsync("SecurityHeaders:FrameAncestors='self' https://www.croydon.gov.uk");

        using var response = await host.Client.GetAsync("privacy");

        Assert.EndsWith("frame-ancestors 'self' https://www.croydon.gov.uk", Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task ThePrivacyPageSaysWhatIsKeptAndForHowLongWithNothingFromOtherSites()
    {
        using var response = await Host.Client.GetAsync("privacy");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("12 months", html);
        Assert.Contains("after the council has finished dealing with it", html);
        Assert.Contains("No tracking", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }
}
