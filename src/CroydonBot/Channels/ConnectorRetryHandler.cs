using System.Net;
using Microsoft.Extensions.Options;

namespace CroydonBot.Channels;

/// <summary>
/// Retries connector calls that Teams and Azure Bot Service ask to be retried: 429 and 5xx, with
/// exponential back-off, or the server's Retry-After when it gives one (the Teams rate-limiting
/// guidance). Attempts are bounded so a reply never outlives the HttpClient's timeout by much.
/// </summary>
public sealed class ConnectorRetryHandler(IOptions<ConnectorRetryOptions> retry, TimeProvider time, ILogger<ConnectorRetryHandler> logger) : DelegatingHandler
{
    private readonly ConnectorRetryOptions _options = retry.Value;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await base.SendAsync(request, cancellationToken);
            if (!IsTransient(response.StatusCode) || attempt >= _options.MaxRetries)
            {
                return response;
            }
            var delay = DelayFor(response, attempt);
            logger.LogInformation("Connector answered {Status}; retry {Attempt} of {Max} in {Delay} ms",
                (int)response.StatusCode, attempt + 1, _options.MaxRetries, (int)delay.TotalMilliseconds);
            response.Dispose();
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    public static bool IsTransient(HttpStatusCode status) => status == HttpStatusCode.TooManyRequests || (int)status >= 500;

    /// <summary>Retry-After (seconds or a date) when given, else base × 2^attempt with jitter; never above MaxDelay.</summary>
    private TimeSpan DelayFor(HttpResponseMessage response, int attempt)
    {
        var retryAfter = response.Headers.RetryAfter;
        TimeSpan? asked = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        var delay = asked is { } a && a > TimeSpan.Zero
            ? a
            : _options.BaseDelay * Math.Pow(2, attempt) * (0.8 + Random.Shared.NextDouble() * 0.4);
        return delay > _options.MaxDelay ? _options.MaxDelay : delay;
    }
}
