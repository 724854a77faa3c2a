using System.Buffers;

namespace CroydonBot.Protocol;

/// <summary>
/// The body of a POST to /api/messages, read once (by the safety middleware, which needs the conversation
/// id to rate-limit, or else by the endpoint): the activity, or why it was refused.
/// </summary>
public sealed class ActivityRequest
{
    /// <summary>PROTOCOL: Direct Line allows 256 K characters per activity; we refuse more than that here too.</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private const string ItemKey = "CroydonBot.ActivityRequest";

    private ActivityRequest(Activity? activity, string? error, bool tooLarge)
    {
        Activity = activity;
        Error = error;
        TooLarge = tooLarge;
    }

    public Activity? Activity { get; }

    /// <summary>Why the body is not an activity the bot can read (for a 400), when <see cref="Activity"/> is null.</summary>
    public string? Error { get; }

    /// <summary>The body is over <see cref="MaxBodyBytes"/> (a 413).</summary>
    public bool TooLarge { get; }

    /// <summary>The request's body as read earlier in this request, or null when nothing has read it yet.</summary>
    public static ActivityRequest? Of(HttpContext http) => http.Items.TryGetValue(ItemKey, out var value) ? value as ActivityRequest : null;

    /// <summary>Reads and parses the body (at most <see cref="MaxBodyBytes"/>) and keeps the result for the rest of the request.</summary>
    public static async Task<ActivityRequest> ReadAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var request = await ReadBodyAsync(http.Request, cancellationToken);
        http.Items[ItemKey] = request;
        return request;
    }

    private static async Task<ActivityRequest> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return new ActivityRequest(null, null, tooLarge: true);
        }
        // A pooled buffer: a fresh 16 KB array per request was one of the larger allocations of a turn.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? 16 * 1024, MaxBodyBytes) + 1);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > MaxBodyBytes)
                    {
                        return new ActivityRequest(null, null, tooLarge: true);
                    }
                    var bigger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, MaxBodyBytes + 1));
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }
                length += read;
            }
            if (length > MaxBodyBytes)
            {
                return new ActivityRequest(null, null, tooLarge: true);
            }
            var (activity, error) = ActivityReader.Parse(buffer.AsSpan(0, length));
            return new ActivityRequest(activity, error, tooLarge: false);
        }
        catch (IOException)
        {
            // A broken upload: the client gets a 400 it will probably never read, never a 500.
            return new ActivityRequest(null, "The request body could not be read to the end.", tooLarge: false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
