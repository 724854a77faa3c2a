using System.Net.Http.Headers;
using System.Text.Json;

namespace CroydonBot.LoadTest;

/// <summary>One POST /api/messages with expectReplies: ok only when the status is 200 and at least one reply came back.</summary>
public readonly record struct Turn(bool Ok, int Status, int Replies)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public static async Task<Turn> SendAsync(HttpClient http, Uri baseAddress, byte[] body, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        using var response = await http.PostAsync(new Uri(baseAddress, "api/messages"), content, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            return new Turn(false, (int)response.StatusCode, 0);
        }
        var replies = CountReplies(bytes);
        return new Turn(replies > 0, (int)response.StatusCode, replies);
    }

    private static int CountReplies(byte[] bytes)
    {
        try
        {
            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.TryGetProperty("activities", out var activities) && activities.ValueKind == JsonValueKind.Array
                ? activities.GetArrayLength()
                : 0;
        }
        catch (JsonException)
        {
            return 0;
        }
    }
}
