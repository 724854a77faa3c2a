using CroydonBot.Alerts;
using CroydonBot.Conversation;
using CroydonBot.Bot;
using CroydonBot.Cards;
using CroydonBot.Channels;
using CroydonBot.Configuration;
using CroydonBot.Dialogs;
using CroydonBot.DirectLine;
using CroydonBot.FeedbackReplies;
using CroydonBot.Hosting;
using CroydonBot.Knowledge;
using CroydonBot.Pipeline;
using CroydonBot.Protocol;
using CroydonBot.QuestionLog;
using CroydonBot.Replies;
using CroydonBot.Safety;
using CroydonBot.Staff;
using CroydonBot.Storage;
using CroydonBot.WebChat;
using Microsoft.Extensions.Options;

namespace CroydonBot;

/// <summary>Composes the web app: every part registers itself, Program only calls this.</summary>
public static class CroydonBotApp
{
    public static WebApplication Build(string[] args) => Build(args, replace: null);

    /// <summary>
    /// The app, with services replaced after every part has registered its own: a host that plays the world
    /// around the bot (a test's clock, say) passes them here; the app itself never does.
    /// </summary>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? replace)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            // The content (seeds/, dialogs/, wwwroot/) is copied beside the binary; run from anywhere.
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.UsePortVariable();
        builder.Services.AddProblemDetails();
        builder.Services.AddContent();
        builder.Services.AddHealthEndpoints();
        builder.Services.AddProxySupport();
        builder.Services.AddTelemetry(builder.Configuration);
        builder.Services.AddBot(builder.Configuration);
        builder.Services.AddInputLimits(builder.Configuration);
        builder.Services.AddTurnPipeline();
        builder.Services.AddReplies();
        builder.Services.AddChannelAuthentication(builder.Configuration);
        builder.Services.AddCards(builder.Configuration);
        builder.Services.AddKnowledge(builder.Configuration);
        builder.Services.AddConversationContext();
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddQuestionLog();
        builder.Services.AddDialogs();
        builder.Services.AddStaff(builder.Configuration);
        builder.Services.AddAlerts(builder.Configuration);
        builder.Services.AddFeedbackReplies();
        builder.Services.AddDirectLine(builder.Configuration);
        builder.Services.AddWebChat(builder.Configuration);
        builder.Services.AddSafety(builder.Configuration);
        replace?.Invoke(builder.Services);

        var app = builder.Build();
        // First: the rate limits, HSTS and the Secure cookie all need the client's real address and scheme.
        app.UseForwardedHeaders();
        app.UseSafety();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseWebSockets();
        app.MapBotMessages();
        app.MapStaff();
        app.MapDirectLine();
        app.MapWebChat();
        app.MapPrivacyPage();
        app.MapHealthEndpoints();
        return app;
    }

    /// <summary>
    /// Everything that must work before the first request: the schema is migrated and the index is built,
    /// so a broken seed or database stops start-up with a clear message instead of failing a young person later.
    /// </summary>
    public static async Task InitialiseAsync(this WebApplication app, CancellationToken cancellationToken = default)
    {
        // Beside the migration and the index: the generated patterns' matchers compiled before the first turn, not in it.
        var precompiled = GeneratedRegexPrecompiler.StartOnce();
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        await app.Services.GetRequiredService<MigrationRunner>().MigrateAsync(cancellationToken);
        var index = app.Services.GetRequiredService<KnowledgeIndex>();
        // Staff-approved phrasings are read now, after the migration, not at the first question.
        _ = app.Services.GetRequiredService<CroydonBot.Knowledge.Live.IKnowledgeSource>().Current;
        app.Services.GetRequiredService<IBot>();
        var options = app.Services.GetRequiredService<IOptions<BotOptions>>().Value;
        if (options.IsAnonymous)
        {
            app.LogAnonymousMode();
        }
        app.Logger.LogInformation("Knowledge index ready: {Passages} passages from {Documents} documents",
            index.Passages.Count, index.Passages.Select(p => p.Document.File).Distinct().Count());
        var rest = System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var methods = await precompiled.WaitAsync(cancellationToken);
        app.Logger.LogInformation("Regular expressions compiled: {Methods} methods; the rest of initialising took {Rest:0} ms, with them {Milliseconds:0} ms",
            methods, rest, System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
