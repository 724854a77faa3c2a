using System.Net;
using System.Net.Http.Json;
using System.Text;
using CroydonBot.IntegrationTests.DirectLine;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Protocol;
using CroydonBot.WebChat;
using CroydonBot.DirectLine;
using Microsoft.Data.Sqlite;
using static CroydonBot.IntegrationTests.Infrastructure.FakeIdentityProvider;

namespace CroydonBot.IntegrationTests.Security.Replay;

/// <summary>
/// The security test of issue 14 run again, attack by attack, against the real process in its shipped defaults
/// (<see cref="ReplayApps"/>). Each test is one attack; its name says what the attacker tried and what must hold.
/// `bash scripts/attack-replay.sh` runs this class alone and prints the list with each result.
/// </summary>
[Trait("Category", "AttackReplay")]
public sealed class AttackReplayTests(ReplayApps apps) : IClassFixture<ReplayApps>
{
    private const string ChannelServiceUrl = "https://smba.trafficmanager.net/uk/";

    // 1. SSRF through serviceUrl.

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://127.0.0.1:{connector}/")]
    [InlineData("http://10.0.0.1/")]
    public async Task Finding1_AnAnonymousActivityAskingForRepliesAtAnInternalAddressIs401AndNothingIsCalled(string serviceUrl)
    {
        using var attacker = new ReplayClient(apps.DefaultAddress);
        var activity = Activities.Message("hello", serviceUrl: serviceUrl.Replace("http://127.0.0.1:{connector}/", apps.Connector.ServiceUrl(), StringComparison.Ordinal), expectReplies: false);

        using var response = await attacker.SendAsync(HttpMethod.Post, "api/messages", JsonContent.Create(activity, options: ProtocolJson.Options));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(apps.Connector.Requests);
    }

    [Fact]
    public async Task Finding1_AValidChannelTokenDoesNotMakeTheBotPostToALoopbackServiceUrl()
    {
        using var attacker = new ReplayClient(apps.ChannelAddress);
        var serviceUrl = apps.Connector.ServiceUrl();
        var token = ChannelToken(apps.Identity.ChannelKey, ReplayApps.AppId, serviceUrl);
        var activity = Activities.Message("hello", serviceUrl: serviceUrl, expectReplies: false);
        activity.ChannelId = "msteams";

        using var response = await attacker.SendAsync(HttpMethod.Post, "api/messages", JsonContent.Create(activity, options: ProtocolJson.Options), "Bearer " + token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(apps.Connector.Requests);
    }

    // 2. JWT mode accepting a token from any calling app.

    [Theory]
    [InlineData("1.0")]
    [InlineData("2.0")]
    public async Task Finding2_AnEntraTokenForOurAudienceFromAnotherCallingAppIs401(string version)
    {
        using var attacker = new ReplayClient(apps.ChannelAddress);
        var token = EntraToken(apps.Identity.EntraKey, ReplayApps.AppId, "0f7d6c1e-5b4a-4c3d-9e2f-1a0b9c8d7e6f", version);
        var activity = Activities.Message("hello", serviceUrl: ChannelServiceUrl);
        activity.ChannelId = "emulator";

        using var response = await attacker.SendAsync(HttpMethod.Post, "api/messages", JsonContent.Create(activity, options: ProtocolJson.Options), "Bearer " + token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Finding2_NoTokenAtAllIs401()
    {
        using var attacker = new ReplayClient(apps.ChannelAddress);

        using var response = await attacker.SendAsync(HttpMethod.Post, "api/messages", JsonContent.Create(Activities.Message("hello", serviceUrl: ChannelServiceUrl), options: ProtocolJson.Options));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    // 3. Unbounded cost per request.

    [Fact]
    public async Task Finding3_A252KbMessageOfRandomWordsWithAValidTokenIs413()
    {
        using var attacker = new ReplayClient(apps.ChannelAddress);
        var activity = Activities.Message(RandomWords(252 * 1024), serviceUrl: ChannelServiceUrl);
        activity.ChannelId = "msteams";
        var token = ChannelToken(apps.Identity.ChannelKey, ReplayApps.AppId, ChannelServiceUrl);

        using var response = await attacker.SendAsync(HttpMethod.Post, "api/messages", JsonContent.Create(activity, options: ProtocolJson.Options), "Bearer " + token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Finding3_AnActivityIdOf600CharactersIs400()
    {
        using var attacker = new ReplayClient(apps.ChannelAddress);
        var activity = Activities.Message("hello", serviceUrl: ChannelServiceUrl);
        activity.ChannelId = "msteams";
        activity.Id = new string('x', 600);
        var token = ChannelToken(apps.Identity.ChannelKey, ReplayApps.AppId, ChannelServiceUrl);

        using var response = await attacker.SendAsync(HttpMethod.Post, "api/messages", JsonContent.Create(activity, options: ProtocolJson.Options), "Bearer " + token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Finding3_ABodyNested10000LevelsDeepIs400()
    {
        using var attacker = new ReplayClient(apps.ChannelAddress);
        var deep = "{\"type\":\"message\",\"value\":" + new string('[', 10_000) + new string(']', 10_000) + "}";

        using var response = await attacker.SendAsync(HttpMethod.Post, "api/messages", new StringContent(deep, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Finding3_ADirectLineActivityOf40KbAndATextOf5000CharactersAre413()
    {
        using var attacker = new ReplayClient(apps.DefaultAddress);
        var api = new DirectLineApi(attacker.Http);
        var conversation = await StartWebChatAsync(attacker);

        var big = DirectLineApi.WebChatMessage("hi", "big");
        big.Value = System.Text.Json.JsonSerializer.SerializeToElement(new string('a', 40 * 1024));
        using var tooBig = await api.SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", conversation.Token, big);
        using var tooLong = await api.SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", conversation.Token,
            DirectLineApi.WebChatMessage(RandomWords(5_000)[..5_000], "long"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooBig.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLong.StatusCode);
    }

    [Fact]
    public async Task Finding3_ElevenTokenRequestsFromOneAddressGetTen_AndALiveConversationCarriesOn()
    {
        using var person = new ReplayClient(apps.DefaultAddress);
        var live = await StartWebChatAsync(person);
        using var attacker = new ReplayClient(apps.DefaultAddress);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            using var response = await attacker.SendAsync(HttpMethod.Post, "api/webchat/token");
            statuses.Add(response.StatusCode);
        }

        Assert.Equal(10, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        await new DirectLineApi(person.Http).PostMessageAsync(live, "what is a personal adviser", "live-1");
    }

    [Fact]
    public async Task Finding3_OneDirectLineConversationSending21MessagesInAMinuteGets429WithRetryAfter()
    {
        using var attacker = new ReplayClient(apps.DefaultAddress);
        var api = new DirectLineApi(attacker.Http);
        var conversation = await StartWebChatAsync(attacker);
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? last = null;
        for (var i = 0; i < 21; i++)
        {
            last?.Dispose();
            last = await api.SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", conversation.Token,
                DirectLineApi.WebChatMessage("hi", $"flood-{i}"));
            statuses.Add(last.StatusCode);
        }

        Assert.Equal(20, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, last!.StatusCode);
        Assert.Equal("application/problem+json", last.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(last.Headers.RetryAfter);
        last.Dispose();
    }

    // 4. Cross-entry state.

    [Fact]
    public async Task Finding4_DrivingADirectLineConversationThroughApiMessagesIsRefused()
    {
        using var victim = new ReplayClient(apps.DefaultAddress);
        var conversation = await StartWebChatAsync(victim);
        var api = new DirectLineApi(victim.Http);
        await api.PostMessageAsync(conversation, "feedback", "v1");

        using var attacker = new ReplayClient(apps.DefaultAddress);
        var activity = Activities.Message("yes", conversation.ConversationId);
        activity.ChannelId = "directline";
        using var response = await attacker.SendAsync(HttpMethod.Post, "api/messages", JsonContent.Create(activity, options: ProtocolJson.Options));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Finding4_AnotherConversationsTokenCannotReadOrPostToTheVictimsConversation()
    {
        using var victim = new ReplayClient(apps.DefaultAddress);
        var conversation = await StartWebChatAsync(victim);
        using var attacker = new ReplayClient(apps.DefaultAddress);
        var own = await StartWebChatAsync(attacker);
        var api = new DirectLineApi(attacker.Http);

        using var read = await api.SendAsync(HttpMethod.Get, $"conversations/{conversation.ConversationId}/activities", own.Token);
        using var post = await api.SendAsync(HttpMethod.Post, $"conversations/{conversation.ConversationId}/activities", own.Token, DirectLineApi.WebChatMessage("hi", "x"));

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    // 5. Personal data kept.

    [Fact]
    public async Task Finding5_PersonalDataInAnAbandonedFeedbackDialogIsInNeitherTheDatabaseFilesNorTheLog()
    {
        using var person = new ReplayClient(apps.DefaultAddress);
        var conversation = await StartWebChatAsync(person);
        var api = new DirectLineApi(person.Http);
        await api.PostMessageAsync(conversation, "suggestion: my name is jade okafor, I live at 12 London Road CR0 1EA, ring me on 07700 900123 or jade[at]example[dot]com", "p1");
        await api.PostMessageAsync(conversation, "my PA Sarah Smith never answers, email zainab.adeyemi@example.org or @zainab_a", "p2");

        var files = new[] { apps.Default.DatabasePath, apps.Default.DatabasePath + "-wal" }.Where(File.Exists).ToList();
        var stored = string.Concat(files.Select(f => Encoding.UTF8.GetString(ReadShared(f))));
        var log = apps.Default.Output;
        foreach (var secret in new[] { "okafor", "London Road", "CR0 1EA", "07700", "900123", "example[dot]com", "Sarah Smith", "adeyemi", "@zainab_a" })
        {
            Assert.DoesNotContain(secret, stored, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(secret, log, StringComparison.OrdinalIgnoreCase);
        }
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(apps.Default.DatabasePath));
        }
    }

    // 6. Staff sessions.

    [Fact]
    public async Task Finding6_ACopiedStaffCookieStopsWorkingAtSignOut()
    {
        using var manager = await SignedInManagerAsync();
        using var thief = manager.CopyCookies();
        using (var before = await thief.SendAsync(HttpMethod.Get, "staff"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using (await manager.PostFormAsync("staff/sign-out", [], tokenFrom: "staff"))
        {
        }
        using var after = await thief.SendAsync(HttpMethod.Get, "staff");

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/staff/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Finding6_TheStaffCookieIsSecureHttpOnlyAndSameSiteStrict()
    {
        using var manager = await SignedInManagerAsync();

        var session = Assert.Single(manager.SetCookieHeaders, h => h.StartsWith("croydonbot-staff=", StringComparison.Ordinal));
        Assert.Contains("secure", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", session, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", session, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/staff/\t/evil.com")]
    [InlineData("//evil.com")]
    [InlineData("/staff/%5C%5Cevil.com")]
    public async Task Finding6_AReturnUrlPointingOffSiteGivesTheDashboardNeverA500(string returnUrl)
    {
        using var manager = new ReplayClient(apps.DefaultAddress);

        using var response = await manager.PostFormAsync($"staff/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}",
            [new("username", ReplayApps.Manager), new("password", ReplayApps.Password)], tokenFrom: "staff/sign-in");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/staff", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Finding6_ThirtyParallelWrongPasswordsForOneNameGetAtMostFiveChecked()
    {
        const string name = "replay.target";
        var clients = Enumerable.Range(0, 30).Select(_ => new ReplayClient(apps.DefaultAddress)).ToList();
        var tokens = await Task.WhenAll(clients.Select(async c => Staff.StaffClient.Token(await c.GetPageAsync("staff/sign-in"))));

        var responses = await Task.WhenAll(clients.Select((c, i) => c.SendAsync(HttpMethod.Post, "staff/sign-in", new FormUrlEncodedContent(
            [new("username", name), new("password", $"wrong {i}"), new("__RequestVerificationToken", tokens[i])]))));

        Assert.DoesNotContain(responses, r => (int)r.StatusCode >= 500);
        await using var connection = new SqliteConnection($"Data Source={apps.Default.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = new SqliteCommand("SELECT COUNT(*) FROM staff_audit WHERE user_name = $name AND detail LIKE 'wrong password%'", connection);
        command.Parameters.AddWithValue("$name", name);
        Assert.InRange((long)(await command.ExecuteScalarAsync())!, 1, 5);
        foreach (var response in responses)
        {
            response.Dispose();
        }
        clients.ForEach(c => c.Dispose());
    }

    // 7. Behind a proxy: addresses, HSTS, framing.

    [Fact]
    public async Task Finding7_ABurstFromOneClientBehindTheProxyDoesNotRateLimitAnotherOrTheStaffArea()
    {
        using var burst = new ReplayClient(apps.DefaultAddress);
        var limited = false;
        for (var i = 0; i < 700 && !limited; i++)
        {
            using var response = await burst.SendAsync(HttpMethod.Get, "healthz");
            limited = response.StatusCode == HttpStatusCode.TooManyRequests;
        }
        Assert.True(limited, "600 requests a minute from one address should be limited.");

        using var other = new ReplayClient(apps.DefaultAddress);
        using var staff = await other.SendAsync(HttpMethod.Get, "staff/sign-in");
        Assert.Equal(HttpStatusCode.OK, staff.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("staff/sign-in")]
    [InlineData("api/messages")]
    public async Task Finding7_EveryResponseHasHstsNosniffAndAFrameAncestorsPolicy(string path)
    {
        using var client = new ReplayClient(apps.DefaultAddress);

        using var response = path == "api/messages"
            ? await client.SendAsync(HttpMethod.Post, path, JsonContent.Create(Activities.Message("hi"), options: ProtocolJson.Options))
            : await client.SendAsync(HttpMethod.Get, path);

        Assert.True(response.Headers.Contains("Strict-Transport-Security"), "HSTS over https outside Development");
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Contains("frame-ancestors", Assert.Single(response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }

    // 8. Hosting conventions.

    [Fact]
    public async Task Finding8_TheProcessListensWhereAspNetCoreUrlsSaysAndIsReady()
    {
        using var client = new ReplayClient(apps.DefaultAddress);

        using var ready = await client.SendAsync(HttpMethod.Get, "readyz");

        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
    }

    private async Task<ReplayClient> SignedInManagerAsync()
    {
        var manager = new ReplayClient(apps.DefaultAddress);
        using var signIn = await manager.PostFormAsync("staff/sign-in", [new("username", ReplayApps.Manager), new("password", ReplayApps.Password)], tokenFrom: "staff/sign-in");
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.True(manager.Cookies.ContainsKey("croydonbot-staff"), "The manager was not signed in.");
        return manager;
    }

    /// <summary>What the web chat page does: a token from /api/webchat/token, then the conversation started with it.</summary>
    private static async Task<DirectLineConversationResponse> StartWebChatAsync(ReplayClient client)
    {
        using var tokenResponse = await client.SendAsync(HttpMethod.Post, "api/webchat/token");
        Assert.Equal(HttpStatusCode.OK, tokenResponse.StatusCode);
        var token = (await tokenResponse.Content.ReadFromJsonAsync<WebChatToken>(ProtocolJson.Options))!;
        using var started = await new DirectLineApi(client.Http).SendAsync(HttpMethod.Post, "conversations", token.Token, new { user = new { id = token.UserId }, locale = "en-GB" });
        Assert.True(started.IsSuccessStatusCode, $"Starting the conversation gave {(int)started.StatusCode}.");
        return (await started.Content.ReadFromJsonAsync<DirectLineConversationResponse>(ProtocolJson.Options))!;
    }

    private static string RandomWords(int length)
    {
        var random = new Random(14);
        var text = new StringBuilder(length + 16);
        while (text.Length < length)
        {
            for (var i = random.Next(3, 10); i > 0; i--)
            {
                text.Append((char)('a' + random.Next(26)));
            }
            text.Append(' ');
        }
        return text.ToString();
    }

    private static byte[] ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
