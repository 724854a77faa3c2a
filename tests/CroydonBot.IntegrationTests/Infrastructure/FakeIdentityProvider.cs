using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// Plays login.botframework.com and Entra on loopback: OpenID metadata and JWKS for RSA keys this test
/// run creates, and a client-credentials token endpoint that records what the bot asked for. Tokens are
/// signed with the same keys, so the bot validates them exactly as it would real ones.
/// </summary>
public sealed class FakeIdentityProvider : LoopbackServer
{
    public const string ChannelIssuer = "https://api.botframework.com";
    public const string BotFrameworkTenant = "d6d49420-f39b-4df7-a1dc-d59a935871db";

    private readonly ConcurrentDictionary<string, SigningKey> _channelKeys = new();
    private readonly ConcurrentDictionary<string, SigningKey> _entraKeys = new();
    private readonly ConcurrentQueue<TokenRequest> _tokenRequests = new();
    private int _metadataReads;
    private int _issued;

    public string BaseUrl => Address;

    /// <summary>The key Azure Bot Service signs channel tokens with, endorsed for msteams and test.</summary>
    public SigningKey ChannelKey { get; private set; } = null!;

    /// <summary>A Bot Framework key endorsed only for webchat.</summary>
    public SigningKey WebChatOnlyKey { get; private set; } = null!;

    /// <summary>An Entra signing key (no endorsements).</summary>
    public SigningKey EntraKey { get; private set; } = null!;

    public IReadOnlyList<TokenRequest> TokenRequests => [.. _tokenRequests];

    public int MetadataReads => Volatile.Read(ref _metadataReads);

    /// <summary>Lifetime of the access tokens the token endpoint issues.</summary>
    public int ExpiresIn { get; set; } = 3600;

    /// <summary>The settings that point the bot at this provider.</summary>
    public string[] BotSettings(string appId, string password = "secret-for-tests") =>
    [
        $"MicrosoftAppId={appId}",
        $"MicrosoftAppPassword={password}",
        $"ToBotFromChannelOpenIdMetadataUrl={BaseUrl}/bf/.well-known/openidconfiguration",
        $"ToBotFromEmulatorOpenIdMetadataUrl={BaseUrl}/entra/v2.0/.well-known/openid-configuration",
        $"ToChannelFromBotLoginUrl={BaseUrl}/{{tenant}}",
    ];

    public static async Task<FakeIdentityProvider> StartAsync()
    {
        var idp = new FakeIdentityProvider();
        var app = idp.App;
        idp.ChannelKey = idp.AddChannelKey("bf-key-1", "msteams", "test");
        idp.WebChatOnlyKey = idp.AddChannelKey("bf-key-webchat", "webchat");
        idp.EntraKey = idp.AddEntraKey("entra-key-1");

        app.MapGet("/bf/.well-known/openidconfiguration", () =>
        {
            Interlocked.Increment(ref idp._metadataReads);
            return Results.Json(Metadata(ChannelIssuer, $"{idp.BaseUrl}/bf/keys"));
        });
        app.MapGet("/bf/keys", () => Results.Json(new { keys = idp._channelKeys.Values.Select(k => k.Jwk()).ToList() }));
        app.MapGet("/entra/v2.0/.well-known/openid-configuration", () =>
        {
            Interlocked.Increment(ref idp._metadataReads);
            return Results.Json(Metadata("https://login.microsoftonline.com/{tenantid}/v2.0", $"{idp.BaseUrl}/entra/keys"));
        });
        app.MapGet("/entra/keys", () => Results.Json(new { keys = idp._entraKeys.Values.Select(k => k.Jwk()).ToList() }));
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            idp._tokenRequests.Enqueue(new TokenRequest(tenant, form.ToDictionary(f => f.Key, f => f.Value.ToString())));
            var n = Interlocked.Increment(ref idp._issued);
            return Results.Json(new { token_type = "Bearer", expires_in = idp.ExpiresIn, ext_expires_in = idp.ExpiresIn, access_token = $"bot-token-{n}" });
        });
        return await ListenAsync(idp);
    }

    /// <summary>Publishes a new channel signing key (a key rotation) and returns it.</summary>
    public SigningKey AddChannelKey(string kid, params string[] endorsements) => _channelKeys[kid] = new SigningKey(kid, RSA.Create(2048), endorsements);

    public SigningKey AddEntraKey(string kid) => _entraKeys[kid] = new SigningKey(kid, RSA.Create(2048), null);

    /// <summary>A token as Azure Bot Service sends it to a bot: iss api.botframework.com, aud the app id, a serviceurl claim.</summary>
    public static string ChannelToken(SigningKey key, string audience, string serviceUrl, DateTime? expires = null, string issuer = ChannelIssuer) =>
        Sign(key, issuer, audience, expires, new Dictionary<string, object> { ["serviceurl"] = serviceUrl });

    /// <summary>An Entra v1 token (sts.windows.net issuer, appid) or v2 token (login.microsoftonline.com/v2.0 issuer, azp).</summary>
    public static string EntraToken(SigningKey key, string audience, string callerAppId, string version, string tenant = BotFrameworkTenant)
    {
        var v2 = version == "2.0";
        var issuer = v2 ? $"https://login.microsoftonline.com/{tenant}/v2.0" : $"https://sts.windows.net/{tenant}/";
        return Sign(key, issuer, audience, null, new Dictionary<string, object> { ["ver"] = version, [v2 ? "azp" : "appid"] = callerAppId, ["tid"] = tenant });
    }

    public static string Sign(SigningKey key, string issuer, string audience, DateTime? expires, IDictionary<string, object> claims)
    {
        var exp = expires ?? DateTime.UtcNow.AddHours(1);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = exp.AddHours(-1),
            NotBefore = exp.AddHours(-1),
            Expires = exp,
            Claims = claims,
            Subject = new ClaimsIdentity(),
            SigningCredentials = new SigningCredentials(key.SecurityKey, SecurityAlgorithms.RsaSha256),
        });
    }

    private static object Metadata(string issuer, string jwksUri) => new
    {
        issuer,
        authorization_endpoint = "https://login.example.invalid/authorize",
        jwks_uri = jwksUri,
        id_token_signing_alg_values_supported = new[] { "RS256" },
        token_endpoint_auth_methods_supported = new[] { "private_key_jwt" },
    };
}

/// <summary>One client-credentials request the bot made.</summary>
public sealed record TokenRequest(string Tenant, IReadOnlyDictionary<string, string> Form);
