using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using CroydonBot.Storage;

namespace CroydonBot.Pages.Staff;

/// <summary>The dashboard: questions per day, top topics, unanswered rate, helpful votes, open feedback.</summary>
public sealed class IndexModel(IQuestionLog questionLog, IFeedbackStore feedback, TimeProvider clock) : StaffPageModel
{
    public static readonly IReadOnlyList<int> Periods = [7, 30, 90, 365];

    public int Days { get; private set; } = 30;
    public DateOnly From { get; private set; }
    public DashboardStats Stats { get; private set; } = new();
    public int NewFeedback { get; private set; }
    public int FlaggedFeedback { get; private set; }

    public async Task OnGetAsync(int? days, CancellationToken cancellationToken)
    {
        Days = days is { } d && Periods.Contains(d) ? d : 30;
        From = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1 - Days);
        Stats = await questionLog.DashboardAsync(From, cancellationToken);
        var open = await feedback.ListAsync(FeedbackStatus.New, 1000, cancellationToken);
        NewFeedback = open.Count;
        FlaggedFeedback = open.Count(f => f.SafeguardingFlag);
    }
}
