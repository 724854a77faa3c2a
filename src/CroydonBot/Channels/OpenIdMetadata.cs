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
    /// <summary>A token with an unknown kid may force a re-read, but not more often than this, so a caller
    /// sending made-up key ids cannot turn us into a metadata-fetching loop.</summary>
    private static readonly TimeSpan ForcedRefreshInterval = TimeSpan.FromSeconds(30);

    private readonly ConfigurationManager<OpenIdConnectConfiguration> _manager;
    private readonly HttpDocumentRetriever _retriever;
    private readonly SemaphoreSlim _forced = new(1, 1);
    private OpenIdConnectConfiguration? _forcedConfiguration;
    private DateTimeOffset _lastForced = DateTimeOffset.MinValue;

    public OpenIdMetadata(string metadataUrl, HttpClient http, TimeSpan refreshInterval)
    {
        MetadataUrl = metadataUrl;
        _retriever = new HttpDocumentRetriever(http) { RequireHttps = !IsLoopback(metadataUrl) };
        _manager = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), _retriever)
        {
            AutomaticRefreshInterval = refreshInterval,
            RefreshInterval = ForcedRefreshInterval,
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
        // Only briefly: by then the manager has caught up, and a key withdrawn since must stop working.
        if (_forcedConfiguration is { } forced && DateTimeOffset.UtcNow - _lastForced < TimeSpan.FromMinutes(5) && HasKey(forced, keyId))
        {
            return forced;
        }
        // The manager refreshes in the background and would answer this request from the old keys, so the
        // new document is read here directly; the manager is told to catch up for later requests.
        await _forced.WaitAsync(cancellationToken);
        try
        {
            if (DateTimeOffset.UtcNow - _lastForced < ForcedRefreshInterval)
            {
                return _forcedConfiguration ?? configuration;
            }
            _lastForced = DateTimeOffset.UtcNow;
            _forcedConfiguration = await OpenIdConnectConfigurationRetriever.GetAsync(MetadataUrl, _retriever, cancellationToken);
            _manager.RequestRefresh();
            return _forcedConfiguration;
        }
        finally
        {
            _forced.Release();
        }
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
