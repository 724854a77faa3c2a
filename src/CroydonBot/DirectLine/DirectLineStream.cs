using System.Net.WebSockets;

namespace CroydonBot.DirectLine;

/// <summary>
/// The WebSocket stream: JSON ActivitySet frames from server to client; whatever the client sends
/// (DLJS sends "" every 20 s as a ping) is read and ignored. One socket per conversation.
/// </summary>
public static class DirectLineStream
{
    public static async Task<IResult> HandleAsync(
        string conversationId,
        string? watermark,
        string? t,
        HttpContext http,
        DirectLineAuthenticator auth,
        DirectLineConversationStore store,
        IHostApplicationLifetime lifetime)
    {
        if (!http.WebSockets.IsWebSocketRequest)
        {
            return DirectLineErrors.BadArgument("Open the stream with a WebSocket.");
        }
        // The Authorization header when the client can send one (DLJS in Node, other servers). PROTOCOL: a
        // browser's WebSocket cannot set headers, so Direct Line's streamUrl carries the token as "t" in the
        // query; we accept it there too, only here, and only when no header was sent.
        var credential = http.Request.Headers.Authorization.Count > 0 ? null : t ?? "";
        var (_, conversation, error) = await DirectLineEndpoints.AuthorizeAsync(http.Request, auth, store, conversationId, credential);
        if (conversation is null)
        {
            return error!;
        }
        if (!DirectLineUrls.TryParseWatermark(watermark, conversation.Watermark, out var from))
        {
            return DirectLineErrors.BadArgument("The watermark is not one this conversation gave out.");
        }

        using var socket = await http.WebSockets.AcceptWebSocketAsync();
        var listener = new StreamListener();
        // PROTOCOL: Direct Line allows one socket per conversation and closes the extra one with "collision".
        // Here the newest socket wins, so a reloaded page is never locked out by its own stale socket.
        conversation.Listen(listener, from)?.Replace();

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var receiving = ReceiveUntilClosedAsync(socket, stop.Token);
        var sending = SendFramesAsync(socket, listener, stop.Token);
        await Task.WhenAny(receiving, sending);
        conversation.StopListening(listener);
        listener.Complete();
        await CloseAsync(socket, listener.Replaced);
        // Give the client a moment to answer the close: cancelling a pending receive aborts the connection,
        // and the client would never read our close reason.
        await Task.WhenAny(receiving, Task.Delay(TimeSpan.FromSeconds(5), lifetime.ApplicationStopping));
        await stop.CancelAsync();
        await Task.WhenAll(Quietly(receiving), Quietly(sending));
        return Results.Empty;
    }

    private static async Task ReceiveUntilClosedAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        while (socket.State == WebSocketState.Open)
        {
            var frame = await socket.ReceiveAsync(buffer, cancellationToken);
            if (frame.MessageType == WebSocketMessageType.Close)
            {
                return;
            }
            // Pings ("" text frames) and anything else a client sends are ignored, as Direct Line does.
        }
    }

    private static async Task SendFramesAsync(WebSocket socket, StreamListener listener, CancellationToken cancellationToken)
    {
        await foreach (var frame in listener.Frames.ReadAllAsync(cancellationToken))
        {
            await socket.SendAsync(frame, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
    }

    private static async Task CloseAsync(WebSocket socket, bool replaced)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await socket.CloseOutputAsync(
                replaced ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure,
                replaced ? "collision" : "",
                timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client is already gone.
        }
    }

    private static async Task Quietly(Task task)
    {
        try
        {
            await task;
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or IOException)
        {
            // A dropped connection ends the stream; nothing to report.
        }
    }
}
