namespace CroydonBot.QuestionLog;

/// <summary>The dashboard's figures for a period.</summary>
public sealed record DashboardStats
{
    public IReadOnlyList<DailyCount> PerDay { get; init; } = [];
    public IReadOnlyList<TopicCount> TopTopics { get; init; } = [];
    public int Total { get; init; }
    public int Answered { get; init; }
    public int Unanswered { get; init; }
    public int Helpful { get; init; }
    public int NotHelpful { get; init; }

    /// <summary>Unanswered as a share of the questions the bot tried to answer (answer + fallback).</summary>
    public double UnansweredRate => Answered + Unanswered == 0 ? 0 : (double)Unanswered / (Answered + Unanswered);
}
