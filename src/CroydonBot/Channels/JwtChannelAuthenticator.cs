using System.Text.Json;
using CroydonBot.Bot;
using CroydonBot.Protocol;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CroydonBot.Channels;

/// <summary>
/// Checks the channel's Bearer JWT on /api/messages, as the Bot Framework docs' "Verify the JWT token"
/// steps and BotBuilder do: the metadata is picked by the (unverified) issuer, then signature, issuer,
/// audience, lifetime with 5 minutes' skew, the serviceurl claim, the key's channel endorsements and, for
/// Entra tokens, the calling app (appid/azp) against the bot's own id and AllowedCallers.
/// Every failure is just "false"; the reason is logged, never the token.
/// </summary>
public sealed class JwtChannelAuthenticator : IChannelAuthenticator
{
    private static readonly string[] AllowedAlgorithms = [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly BotOptions _bot;
    private readonly ChannelAuthOptions _options;
    private readonly TrustedServiceUrls _trusted;
    private readonly ILogger<JwtChannelAuthenticator> _logger;
    private readonly OpenIdMetadata _channelMetadata;
    private readonly OpenIdMetadata _entraMetadata;
    private readonly HashSet<string> _entraIssuers;
    private readonly JsonWebTokenHandler _handler = new() { MapInboundClaims = false };

    public JwtChannelAuthenticator(
        IOptions<BotOptions> bot,
        IOptions<ChannelAuthOptions> options,
        TrustedServiceUrls trusted,
        IHttpClientFactory httpClients,
        ILogger<JwtChannelAuthenticator> logger)
    {
        _bot = bot.Value;
        _options = options.Value;
        _trusted = trusted;
        _logger = logger;
        var refresh = _options.OpenIdRefreshInterval > TimeSpan.FromHours(24) ? TimeSpan.FromHours(24) : _options.OpenIdRefreshInterval;
        _channelMetadata = new OpenIdMetadata(_options.ToBotFromChannelOpenIdMetadataUrl, httpClients.CreateClient(HttpClientName), refresh);
        _entraMetadata = new OpenIdMetadata(_options.ToBotFromEmulatorOpenIdMetadataUrl, httpClients.CreateClient(HttpClientName), refresh);
        _entraIssuers = new HashSet<string>(ChannelIssuers.Entra(_bot.MicrosoftAppTenantId), StringComparer.Ordinal);
    }

    /// <summary>The named HttpClient used to fetch OpenID metadata and keys.</summary>
    public const string HttpClientName = "OpenIdMetadata";

    public async Task<bool> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        var failure = await ValidateAsync(authorizationHeader, activity, cancellationToken);
        if (failure is not null)
        {
            _logger.LogInformation("Rejected a {Type} activity from channel {Channel}: {Reason}", activity.Type, activity.ChannelId, failure);
            return false;
        }
        return true;
    }

    /// <summary>Null when the request is authentic, otherwise why not (for the log only).</summary>
    private async Task<string?> ValidateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return "no Authorization header";
        }
        var parts = authorizationHeader.Trim().Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Bearer", StringComparison.OrdinalIgnoreCase))
        {
            return "the Authorization header is not a Bearer token";
        }
        JsonWebToken unverified;
        try
        {
            unverified = _handler.ReadJsonWebToken(parts[1]);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            return "the token is not a JWT";
        }

        // Which keys to trust depends on who claims to have issued the token; the claim is verified below.
        var isChannelToken = string.Equals(unverified.Issuer, _options.ToBotFromChannelTokenIssuer, StringComparison.Ordinal);
        if (!isChannelToken && !_entraIssuers.Contains(unverified.Issuer))
        {
            return "unknown issuer";
        }
        var metadata = isChannelToken ? _channelMetadata : _entraMetadata;
        OpenIdConnectConfiguration configuration;
        try
        {
            configuration = await metadata.GetAsync(unverified.Kid, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Could not read the OpenID metadata at {Url}", metadata.MetadataUrl);
            return "OpenID metadata unavailable";
        }

        var result = await _handler.ValidateTokenAsync(parts[1], new TokenValidationParameters
        {
            ValidIssuers = isChannelToken ? [_options.ToBotFromChannelTokenIssuer] : [.. _entraIssuers],
            ValidAudience = _bot.MicrosoftAppId,
            IssuerSigningKeys = configuration.SigningKeys,
            ValidAlgorithms = AllowedAlgorithms,
            ClockSkew = _options.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
        });
        if (!result.IsValid)
        {
            // The exception type names the failed check (audience, lifetime, signature...) without the token.
            return result.Exception?.GetType().Name ?? "invalid token";
        }
        var token = (JsonWebToken)result.SecurityToken;

        var serviceUrlFailure = CheckServiceUrl(token, activity, required: isChannelToken);
        if (serviceUrlFailure is not null)
        {
            return serviceUrlFailure;
        }
        var endorsementFailure = CheckEndorsements(OpenIdMetadata.FindKey(configuration, token.Kid), activity.ChannelId, required: isChannelToken);
        if (endorsementFailure is not null)
        {
            return endorsementFailure;
        }
        if (!isChannelToken)
        {
            if (CallerAppId(token) is not { } caller)
            {
                return "an Entra token without the caller's app id (appid for v1, azp for v2)";
            }
            if (!IsAllowedCaller(caller))
            {
                // Audience alone is not enough: any app in any tenant can ask Entra for a token to our app id.
                return "the calling app is neither the bot itself nor in AllowedCallers";
            }
        }
        if (token.TryGetPayloadValue<string>("serviceurl", out var vouched) && !string.IsNullOrWhiteSpace(vouched))
        {
            _trusted.Add(vouched);
        }
        return null;
    }

    /// <summary>
    /// PROTOCOL: BotBuilder requires the serviceurl claim on channel tokens and compares the whole URL
    /// case-insensitively; we do the same but ignore a trailing slash, which Teams and the Playground
    /// disagree about. Entra tokens usually lack the claim; when present it must match too (Agents SDK).
    /// </summary>
    private static string? CheckServiceUrl(JsonWebToken token, Activity activity, bool required)
    {
        if (!token.TryGetPayloadValue<string>("serviceurl", out var claim) || string.IsNullOrWhiteSpace(claim))
        {
            return required ? "a channel token without a serviceurl claim" : null;
        }
        return TrustedServiceUrls.SameServiceUrl(claim, activity.ServiceUrl ?? "") ? null : "the serviceurl claim does not match the activity";
    }

    /// <summary>
    /// Bot Framework keys list the channels they may sign for; a Teams key must not vouch for Direct Line.
    /// A channel token signed by a key without endorsements is refused (protocol.md (c) step 7).
    /// </summary>
    private static string? CheckEndorsements(JsonWebKey? key, string? channelId, bool required)
    {
        var endorsements = Endorsements(key);
        if (endorsements is null)
        {
            return required ? "the signing key has no endorsements" : null;
        }
        return !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.OrdinalIgnoreCase)
            ? null
            : "the signing key is not endorsed for this channel";
    }

    private static List<string>? Endorsements(JsonWebKey? key)
    {
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value) || value is null)
        {
            return null;
        }
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            IEnumerable<object> items => [.. items.Select(i => i?.ToString() ?? "")],
            string single => [single],
            _ => null,
        };
    }

    /// <summary>The bot's own id or one of AllowedCallers, as BotBuilder's AllowedCallersClaimsValidator decides.</summary>
    private bool IsAllowedCaller(string appId) =>
        string.Equals(appId, _bot.MicrosoftAppId, StringComparison.OrdinalIgnoreCase) ||
        _bot.AllowedCallers.Any(a => a.Trim() == "*" || string.Equals(a.Trim(), appId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The calling app: "appid" in v1 Entra tokens, "azp" in v2 (BotBuilder EmulatorValidation).</summary>
    private static string? CallerAppId(JsonWebToken token)
    {
        token.TryGetPayloadValue<string>("ver", out var version);
        var claim = version == "2.0" ? "azp" : "appid";
        return token.TryGetPayloadValue<string>(claim, out var appId) && !string.IsNullOrWhiteSpace(appId) ? appId : null;
    }
}
