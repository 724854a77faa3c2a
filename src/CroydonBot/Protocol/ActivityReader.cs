using System.Text.Json;

namespace CroydonBot.Protocol;

/// <summary>
/// Reads and checks an inbound activity, turning every kind of bad input into a message for a 4xx
/// problem-details response instead of an exception.
/// </summary>
public static class ActivityReader
{
    /// <summary>Parses the body; returns the activity, or null with the reason it was refused.</summary>
    public static (Activity? Activity, string? Error) Parse(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty)
        {
            return (null, "The request body is empty; send one Activity as JSON.");
        }
        Activity? activity;
        try
        {
            var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = ProtocolJson.MaxDepth });
            activity = JsonSerializer.Deserialize<Activity>(ref reader, ProtocolJson.Options);
        }
        catch (JsonException)
        {
            return (null, "The body is not a valid Activity JSON object.");
        }
        catch (InvalidOperationException)
        {
            return (null, "The body is not a valid Activity JSON object.");
        }
        if (activity is null)
        {
            return (null, "The body is not a valid Activity JSON object.");
        }
        return Validate(activity) is { } error ? (null, error) : (activity, null);
    }

    private static string? Validate(Activity activity)
    {
        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return "The activity has no 'type'.";
        }
        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id))
        {
            return "The activity has no 'conversation.id'.";
        }
        if (string.IsNullOrWhiteSpace(activity.ServiceUrl))
        {
            return "The activity has no 'serviceUrl'.";
        }
        if (!Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return "The activity's 'serviceUrl' is not an http(s) address.";
        }
        return null;
    }
}
