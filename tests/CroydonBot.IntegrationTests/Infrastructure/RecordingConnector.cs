using System.Collections.Concurrent;
using System.Text.Json;
using CroydonBot.Protocol;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// Plays the channel's Bot Connector on loopback: records every request the bot sends to
/// /v3/conversations/... and answers as a real connector would (201 with an id).
/// </summary>
public sealed class RecordingConnector : LoopbackServer
{
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();

    /// <summary>The serviceUrl to put in activities; <paramref name="pathPrefix"/> mimics channels whose serviceUrl has a path.</summary>
    public string ServiceUrl(string pathPrefix = "") =>
        Address + pathPrefix;

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>
    /// The setting that lets the bot reply to a loopback connector: replies go only to Bot Framework hosts
    /// and the hosts an operator lists, so a test that uses one must say so.
    /// </summary>
    public const string AllowLoopback = "Channels:AllowedServiceUrlHosts:0=127.0.0.1";

    /// <summary>Status code to answer with (e.g. 500 to test a failing channel); 201 by default.</summary>
    public int StatusCode { get; set; } = StatusCodes.Status201Created;

    /// <summary>Answers the next requests with these status codes, in order, then falls back to <see cref="StatusCode"/>.</summary>
    public void RespondWith(params int[] statusCodes)
    {
        foreach (var code in statusCodes)
        {
            _sequence.Enqueue(code);
        }
    }

    /// <summary>Retry-After (in seconds) sent with 429 and 503 answers; none when null.</summary>
    public int? RetryAfterSeconds { get; set; }

    private readonly ConcurrentQueue<int> _sequence = new();

    private int NextStatusCode() => _sequence.TryDequeue(out var code) ? code : StatusCode;

    public static async Task<RecordingConnector> StartAsync()
    {
        var connector = new RecordingConnector();
        connector.App.MapPost("{**path}", async (HttpContext http) =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            connector._requests.Enqueue(new RecordedRequest(
                // The raw request target: how the bot escaped the ids is part of what tests check.
                http.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
                http.Request.Headers.Authorization.ToString(),
                JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options)!));
            var status = connector.NextStatusCode();
            if (connector.RetryAfterSeconds is { } seconds && status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable)
            {
                http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
            return status == StatusCodes.Status201Created
                ? Results.Json(new { id = Guid.NewGuid().ToString("N") }, statusCode: StatusCodes.Status201Created)
                : Results.StatusCode(status);
        });
        return await ListenAsync(connector);
    }

    /// <summary>Waits until at least <paramref name="count"/> requests matching <paramref name="filter"/> arrived.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitForAsync(int count, Func<RecordedRequest, bool>? filter = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var matching = Requests.Where(filter ?? (_ => true)).ToList();
            if (matching.Count >= count)
            {
                return matching;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"Expected {count} connector requests, got {Requests.Count(filter ?? (_ => true))}.");
    }
}

/// <summary>One request the bot made to the connector.</summary>
public sealed record RecordedRequest(string Path, string Authorization, Activity Activity);
