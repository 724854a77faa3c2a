using System.Globalization;

namespace CroydonBot.QuestionLog;

/// <summary>The row as the database returns it: SQLite has no date or boolean type.</summary>
internal sealed class QuestionRow
{
    public long Id { get; set; }
    public string At { get; set; } = "";
    public string Channel { get; set; } = "";
    public string ConversationHash { get; set; } = "";
    public string UserHash { get; set; } = "";
    public string Question { get; set; } = "";
    public string Kind { get; set; } = "";
    public string Sources { get; set; } = "";
    public double? Confidence { get; set; }
    public string? Topic { get; set; }
    public long Safeguarding { get; set; }
    public long? Helpful { get; set; }

    public QuestionLogEntry ToEntry() => new()
    {
        Id = Id,
        At = DateTimeOffset.Parse(At, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        Channel = Channel,
        ConversationHash = ConversationHash,
        UserHash = UserHash,
        Question = Question,
        Kind = Kind,
        Sources = Sources,
        Confidence = Confidence,
        Topic = Topic,
        SafeguardingFlag = Safeguarding != 0,
        Helpful = Helpful is null ? null : Helpful != 0,
    };
}
