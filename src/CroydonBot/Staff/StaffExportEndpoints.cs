using System.Globalization;
using CroydonBot.QuestionLog;
using CroydonBot.Storage;

namespace CroydonBot.Staff;

/// <summary>CSV downloads of the question log and the feedback inbox, for managers, each one audited.</summary>
public static class StaffExportEndpoints
{
    public static readonly IReadOnlyList<string> QuestionHeader =
        ["id", "at", "channel", "conversation", "question", "kind", "topic", "confidence", "sources", "safeguarding", "helpful"];

    public static readonly IReadOnlyList<string> FeedbackHeader =
        ["reference", "created_at", "channel", "topic", "message", "ambassador", "wants_reply", "contact_method", "contact",
         "consent_to_share", "safeguarding", "status", "assignee", "notes", "reply_sent", "closed_at"];

    public static IEndpointRouteBuilder MapStaffExports(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/staff/export").RequireAuthorization(StaffRoles.ManagerPolicy);
        group.MapGet("/questions.csv", ExportQuestionsAsync);
        group.MapGet("/feedback.csv", ExportFeedbackAsync);
        return app;
    }

    private static async Task<IResult> ExportQuestionsAsync(HttpContext http, IQuestionLog questionLog, IStaffAudit audit, CancellationToken cancellationToken)
    {
        var (filter, errors) = QuestionFilterParser.Parse(http.Request.Query);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors);
        }
        var page = await questionLog.QuestionsAsync(filter, 0, int.MaxValue, cancellationToken);
        await audit.WriteAsync(StaffUser.NameOf(http.User), AuditActions.Export, "questions", $"{page.Rows.Count} rows; {Describe(filter)}", cancellationToken);
        var rows = page.Rows.Select(q => (IReadOnlyList<string?>)
        [
            q.Id.ToString(CultureInfo.InvariantCulture), Iso(q.At), q.Channel, q.ConversationHash, q.Question, q.Kind, q.Topic,
            q.Confidence?.ToString("0.###", CultureInfo.InvariantCulture), q.Sources, YesNo(q.SafeguardingFlag),
            q.Helpful is { } h ? YesNo(h) : "",
        ]);
        return Csv(http, "questions", QuestionHeader, rows);
    }

    private static async Task<IResult> ExportFeedbackAsync(HttpContext http, IFeedbackStore store, IStaffAudit audit, CancellationToken cancellationToken)
    {
        var status = http.Request.Query["status"].ToString() is { Length: > 0 } s ? s : null;
        if (status is not null && !FeedbackStatus.All.Contains(status))
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [$"Choose one of: {string.Join(", ", FeedbackStatus.All)}."] });
        }
        var items = await store.ListAsync(status, int.MaxValue, cancellationToken);
        await audit.WriteAsync(StaffUser.NameOf(http.User), AuditActions.Export, "feedback", $"{items.Count} rows; status={status ?? "all"}", cancellationToken);
        var rows = items.Select(f => (IReadOnlyList<string?>)
        [
            f.Reference, Iso(f.CreatedAt), f.Channel, f.Topic, f.Message, YesNo(f.IsAmbassador), YesNo(f.WantsReply), f.ContactMethod, f.Contact,
            YesNo(f.ConsentToShare), YesNo(f.SafeguardingFlag), f.Status, f.Assignee, f.Notes, YesNo(f.ReplySent), f.ClosedAt is { } c ? Iso(c) : "",
        ]);
        return Csv(http, "feedback", FeedbackHeader, rows);
    }

    private static IResult Csv(HttpContext http, string name, IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        var file = $"croydonbot-{name}-{DateTime.UtcNow:yyyy-MM-dd}.csv";
        return Results.Stream(stream => CsvWriter.WriteAsync(stream, header, rows, http.RequestAborted), "text/csv; charset=utf-8", file);
    }

    private static string Describe(QuestionFilter filter) =>
        string.Join(", ", new[]
        {
            filter.From is { } f ? $"from={f:yyyy-MM-dd}" : null,
            filter.To is { } t ? $"to={t:yyyy-MM-dd}" : null,
            filter.Topic is { } topic ? $"topic={topic}" : null,
            filter.Kind is { } kind ? $"kind={kind}" : null,
            filter.Helpful is { } helpful ? $"helpful={helpful}" : null,
            filter.Search is { } q ? $"search={q}" : null,
        }.Where(p => p is not null)) is { Length: > 0 } text ? text : "no filter";

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string YesNo(bool value) => value ? "yes" : "no";
}
