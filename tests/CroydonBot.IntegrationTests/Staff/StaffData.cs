using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using CroydonBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>Puts rows in the real stores the way the bot does, for the staff pages to show.</summary>
public static class StaffData
{
    public static Task<long> AddQuestionAsync(this BotHost host, string question, string kind = "answer", string? topic = null,
        DateTimeOffset? at = null, bool safeguarding = false, string conversation = "conversation-1") =>
        host.Services.GetRequiredService<IQuestionLog>().AddAsync(new QuestionLogEntry
        {
            At = at ?? DateTimeOffset.UtcNow,
            Channel = "test",
            ConversationHash = conversation,
            UserHash = "user-1",
            Question = question,
            Kind = kind,
            Sources = "",
            Topic = topic,
            SafeguardingFlag = safeguarding,
        }, CancellationToken.None);

    public static Task<FeedbackItem> AddFeedbackAsync(this BotHost host, string message, bool safeguarding = false, string topic = "housing", string conversation = "conversation-1") =>
        host.Services.GetRequiredService<IFeedbackStore>().AddAsync(new FeedbackItem
        {
            Channel = "test",
            ConversationHash = conversation,
            Topic = topic,
            Message = message,
            IsAmbassador = true,
            WantsReply = true,
            ContactMethod = "email",
            Contact = "young.person@example.org",
            ConsentToShare = true,
            SafeguardingFlag = safeguarding,
        }, CancellationToken.None);

    /// <summary>The feedback as the store now holds it, or null once deleted.</summary>
    public static Task<FeedbackItem?> StoredFeedbackAsync(this BotHost host, string reference) =>
        host.Services.GetRequiredService<IFeedbackStore>().GetAsync(reference, CancellationToken.None);

    /// <summary>The newest rows of the staff audit log, newest first.</summary>
    public static async Task<IReadOnlyList<AuditEntry>> AuditRowsAsync(this BotHost host, int newest) =>
        (await host.Services.GetRequiredService<IStaffAudit>().ListAsync(0, newest, CancellationToken.None)).Rows;
}
