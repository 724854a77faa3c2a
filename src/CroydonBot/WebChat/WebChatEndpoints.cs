namespace CroydonBot.WebChat;

/// <summary>POST /api/webchat/token: a Direct Line token for the page, so the secret never reaches a browser.</summary>
public static class WebChatEndpoints
{
    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webchat/token", GetTokenAsync).DisableAntiforgery();
        return app;
    }

    private static async Task<IResult> GetTokenAsync(HttpRequest request, IWebChatTokenSource source, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        // "dl_" ids are reserved for ids embedded in a token, so a page cannot claim another visitor's id.
        var userId = "dl_" + Guid.NewGuid().ToString("N");
        try
        {
            var token = await source.GetTokenAsync(request, userId, cancellationToken);
            request.HttpContext.Response.Headers.CacheControl = "no-store";
            return Results.Json(token);
        }
        catch (HttpRequestException ex)
        {
            loggers.CreateLogger(typeof(WebChatEndpoints)).LogError(ex, "Could not get a Direct Line token");
            return Results.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The chat service is not available right now.");
        }
    }
}
