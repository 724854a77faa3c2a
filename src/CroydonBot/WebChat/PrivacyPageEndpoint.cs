namespace CroydonBot.WebChat;

/// <summary>GET /privacy: what the bot keeps, for how long, and who to ask, in plain words (linked from the chat page).</summary>
public static class PrivacyPageEndpoint
{
    public static IEndpointRouteBuilder MapPrivacyPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/privacy", (PrivacyPage page) =>
            page.Render() is { } html
                ? Results.Content(html, "text/html; charset=utf-8")
                : Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The privacy page is missing from this installation."));
        return app;
    }
}
