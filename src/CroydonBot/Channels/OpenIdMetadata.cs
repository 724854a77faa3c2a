using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CroydonBot.Channels;

/// <summary>
/// One OpenID metadata document and its signing keys, cached by Wilson's ConfigurationManager: re-read on
/// a schedule (at most every 24 h, as the Bot Framework docs require) and when a token names a key id
/// we have not seen, because keys can rotate at any time.
/// </summary>
public sealed class OpenIdMetadata
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;

    public OpenIdMetadata(string metadataUrl, HttpClient http, TimeSpan refreshInterval)
    {
        MetadataUrl = metadataUrl;
        var retriever = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopback(metadataUrl) };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), retriever)
        {
            AutomaticRefreshInterval = refreshInterval,
            // A token with an unknown kid may force a re-read, but not more often than this, so a caller
            // sending made-up key ids cannot turn us into a metadata-fetching loop.
            RefreshInterval = TimeSpan.FromSeconds(30),
        };
    }

    public string MetadataUrl { get; }

    /// <summary>The current document; re-read first when it lacks <paramref name="keyId"/>.</summary>
    public async Task<OpenIdConnectConfiguration> GetAsync(string? keyId, CancellationToken cancellationToken)
    {
        var configuration = await _manager.GetConfigurationAsync(cancellationToken);
        if (keyId is null || HasKey(configuration, keyId))
        {
            return configuration;
        }
        _manager.RequestRefresh();
        return await _manager.GetConfigurationAsync(cancellationToken);
    }

    /// <summary>The JSON Web Key with this id, with its extra members such as Bot Framework endorsements.</summary>
    public static JsonWebKey? FindKey(OpenIdConnectConfiguration configuration, string? keyId) =>
        keyId is null ? null : configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));

    private static bool HasKey(OpenIdConnectConfiguration configuration, string keyId) =>
        configuration.SigningKeys.Any(k => string.Equals(k.KeyId, keyId, StringComparison.Ordinal));

    // PROTOCOL: metadata must be fetched over https; plain http is allowed only on loopback, for tests.
    private static bool IsLoopback(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback;
}
