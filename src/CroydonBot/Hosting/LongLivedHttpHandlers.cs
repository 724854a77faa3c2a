namespace CroydonBot.Hosting;

/// <summary>
/// The app's outbound HTTP clients keep one handler for the app's lifetime and recycle pooled connections instead of
/// recycling handlers (Microsoft's guidance for long-lived clients). Why: the client factory's default two-minute handler
/// lifetime runs an expiry timer per handler, and a running timer is a GC root that kept a stopped app, with its index and
/// models, alive for two minutes (each integration test's host stayed in memory). Connections still end after
/// <see cref="ConnectionLifetime"/>, so a DNS change behind a channel's service URL is picked up as before.
/// </summary>
public static class LongLivedHttpHandlers
{
    public static readonly TimeSpan ConnectionLifetime = TimeSpan.FromMinutes(2);

    /// <summary>One handler for the app's lifetime, its connections recycled; <paramref name="configure"/> sets anything else.</summary>
    public static IHttpClientBuilder WithLongLivedHandler(this IHttpClientBuilder builder, Action<SocketsHttpHandler>? configure = null) =>
        builder
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                var handler = new SocketsHttpHandler { PooledConnectionLifetime = ConnectionLifetime };
                configure?.Invoke(handler);
                return handler;
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
}
