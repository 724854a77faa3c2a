using CroydonBot.QuestionLog;
using CroydonBot.Staff;

namespace CroydonBot.Pages.Staff;

/// <summary>The question log: filter by date, topic, kind and helpful vote, search the text, page through.</summary>
public sealed class QuestionsModel(IQuestionLog questionLog, IStaffAudit audit) : StaffPageModel
{
    public const int PageSize = 50;

    public QuestionFilter Filter { get; private set; } = new();
    public IDictionary<string, string[]> Errors { get; private set; } = new Dictionary<string, string[]>();
    public QuestionPage Results { get; private set; } = new([], 0);
    public IReadOnlyList<string> Topics { get; private set; } = [];
    public int PageNumber { get; private set; } = 1;
    public int PageCount => Math.Max(1, (Results.Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync(int? page, CancellationToken cancellationToken)
    {
        (Filter, Errors) = QuestionFilterParser.Parse(Request.Query);
        PageNumber = Math.Clamp(page ?? 1, 1, 100_000);
        Topics = await questionLog.TopicsAsync(cancellationToken);
        Results = await questionLog.QuestionsAsync(Filter, (PageNumber - 1) * PageSize, PageSize, cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.View, "questions", $"page {PageNumber}, {Results.Total} matching", cancellationToken);
    }

    /// <summary>The current query string with one value changed, for paging links and the export link.</summary>
    public string QueryWith(string key, string? value)
    {
        var pairs = Request.Query.Where(q => q.Key != key)
            .Select(q => $"{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}").ToList();
        if (value is not null)
        {
            pairs.Add($"{Uri.EscapeDataString(key)}={Uri.EscapeDataString(value)}");
        }
        return pairs.Count == 0 ? "" : "?" + string.Join("&", pairs);
    }
}
