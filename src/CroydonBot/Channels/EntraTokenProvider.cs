using System.Text.Json.Serialization;
using CroydonBot.Bot;
using Microsoft.Extensions.Options;

namespace CroydonBot.Channels;

/// <summary>
/// Gets the bot's token for replies from the Entra token endpoint with client credentials (scope
/// https://api.botframework.com/.default), as the Bot Framework docs' "Authenticate requests from your
/// bot" describes. One token is shared by all replies and renewed 5 minutes before it expires. It is only
/// handed out for serviceUrls the channel vouched for or that belong to the Bot Framework.
/// </summary>
public sealed class EntraTokenProvider(
    HttpClient http,
    IOptions<BotOptions> bot,
    IOptions<ChannelAuthOptions> options,
    TrustedServiceUrls trusted,
    TimeProvider time,
    ILogger<EntraTokenProvider> logger) : IConnectorTokenProvider
{
    /// <summary>Renew this long before expiry, so a token never expires on its way to the connector.</summary>
    public static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _lock = new(1, 1);
    private (string Token, DateTimeOffset RenewAt)? _cached;

    public async Task<string?> GetTokenAsync(string serviceUrl, CancellationToken cancellationToken)
    {
        if (!trusted.IsTrusted(serviceUrl))
        {
            logger.LogDebug("No token for serviceUrl host {Host}: it is neither authenticated nor a Bot Framework host", HostOf(serviceUrl));
            return null;
        }
        if (_cached is { } fresh && time.GetUtcNow() < fresh.RenewAt)
        {
            return fresh.Token;
        }
        await _lock.WaitAsync(cancellationToken);
        try
        {
            // Another reply may have renewed it while this one waited.
            if (_cached is { } renewed && time.GetUtcNow() < renewed.RenewAt)
            {
                return renewed.Token;
            }
            var token = await RequestAsync(cancellationToken);
            _cached = (token.AccessToken!, time.GetUtcNow() + TimeSpan.FromSeconds(token.ExpiresIn) - RenewBefore);
            return token.AccessToken!;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The token endpoint: the login URL with {tenant} filled by app type, plus /oauth2/v2.0/token.</summary>
    public static Uri TokenEndpoint(BotOptions bot, ChannelAuthOptions options)
    {
        var tenant = bot.IsSingleTenant ? bot.MicrosoftAppTenantId.Trim() : "botframework.com";
        var authority = options.ToChannelFromBotLoginUrl.Replace("{tenant}", tenant, StringComparison.OrdinalIgnoreCase).TrimEnd('/');
        return new Uri(authority + "/oauth2/v2.0/token");
    }

    private async Task<TokenResponse> RequestAsync(CancellationToken cancellationToken)
    {
        var endpoint = TokenEndpoint(bot.Value, options.Value);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = bot.Value.MicrosoftAppId,
            ["client_secret"] = bot.Value.MicrosoftAppPassword,
            ["scope"] = options.Value.ToChannelFromBotOAuthScope,
        });
        using var response = await http.PostAsync(endpoint, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            // The body may echo request details; the status is enough to diagnose (wrong secret, wrong tenant).
            throw new HttpRequestException($"The token endpoint answered {(int)response.StatusCode}.", null, response.StatusCode);
        }
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(cancellationToken);
        if (token is null || string.IsNullOrWhiteSpace(token.AccessToken) || token.ExpiresIn <= 0)
        {
            throw new HttpRequestException("The token endpoint's answer has no access_token or expires_in.");
        }
        logger.LogInformation("Got a connector token from {Endpoint}, valid for {Seconds} s", endpoint.GetLeftPart(UriPartial.Path), token.ExpiresIn);
        return token;
    }

    private static string HostOf(string url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : "(invalid)";

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string? AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
