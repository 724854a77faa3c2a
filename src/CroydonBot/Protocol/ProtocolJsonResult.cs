using System.Buffers;
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
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        // Serialised into this thread's buffer and copied into the response's pipe before anything is awaited, so
        // the buffer is free again when the flush runs: every turn allocated its reply's bytes once more than that.
        var buffer = ProtocolJsonBuffer.Rent();
        try
        {
            using (var json = new Utf8JsonWriter(buffer, ProtocolJsonBuffer.Writing))
            {
                JsonSerializer.Serialize(json, value, ProtocolJson.Options);
            }
            response.ContentLength = buffer.WrittenCount;
            response.BodyWriter.Write(buffer.WrittenSpan);
        }
        finally
        {
            ProtocolJsonBuffer.Return(buffer);
        }
        return response.BodyWriter.FlushAsync().AsTask();
    }
}

/// <summary>One reusable buffer per thread for <see cref="ProtocolJsonResult{T}"/>, dropped when a body made it large.</summary>
internal static class ProtocolJsonBuffer
{
    /// <summary>A buffer grown past this by an unusually large body is not kept.</summary>
    private const int MaxKept = 64 * 1024;

    /// <summary>What JsonSerializer.SerializeToUtf8Bytes writes with for the protocol's options.</summary>
    public static readonly JsonWriterOptions Writing = new()
    {
        Encoder = ProtocolJson.Options.Encoder,
        Indented = ProtocolJson.Options.WriteIndented,
        MaxDepth = ProtocolJson.Options.MaxDepth,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? t_buffer;

    public static ArrayBufferWriter<byte> Rent()
    {
        var buffer = t_buffer ?? new ArrayBufferWriter<byte>(8 * 1024);
        t_buffer = null;
        return buffer;
    }

    public static void Return(ArrayBufferWriter<byte> buffer)
    {
        if (buffer.Capacity <= MaxKept)
        {
            buffer.ResetWrittenCount();
            t_buffer = buffer;
        }
    }
}
