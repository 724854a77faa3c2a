using Microsoft.Extensions.Options;

namespace CroydonBot.Channels;

/// <summary>What the start-up log says when MicrosoftAppId is empty, so nobody runs an open bot by accident.</summary>
public static class AnonymousModeLog
{
    public static void LogAnonymousMode(this WebApplication app)
    {
        var channels = app.Services.GetRequiredService<IOptions<ChannelSecurityOptions>>().Value;
        if (channels.AnonymousAllowed(app.Environment))
        {
            app.Logger.LogWarning(
                "MicrosoftAppId is not set and anonymous mode is on ({Reason}): /api/messages accepts requests without authentication. " +
                "Replies go only to Bot Framework hosts and Channels:AllowedServiceUrlHosts.",
                channels.AllowAnonymous ? "Channels:AllowAnonymous=true" : "Development environment");
        }
        else
        {
            app.Logger.LogWarning(
                "MicrosoftAppId is not set: /api/messages refuses every request. Set MicrosoftAppId (production) or " +
                "Channels:AllowAnonymous=true (a local test only). The web chat at / works either way.");
        }
    }
}
