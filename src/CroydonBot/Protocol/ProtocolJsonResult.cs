using System.Text.Json;

namespace CroydonBot.Protocol;

/// <summary>
/// A JSON response body written in one piece. The replies of a turn are a few kilobytes: serialising them
/// to bytes first and writing once cost a fifth of what Results.Json's resumable streaming serialiser did.
/// </summary>
public sealed class ProtocolJsonResult<T>(T value, int statusCode = StatusCodes.Status200OK) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(value, ProtocolJson.Options);
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}
