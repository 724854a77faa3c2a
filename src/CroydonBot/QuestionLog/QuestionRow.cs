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
    public string? Answer { get; set; }
    public string? WrongAt { get; set; }
    public string? WrongBy { get; set; }
    public string? WrongNote { get; set; }
    public string? SafeguardingTier { get; set; }
    public double? SafeguardingScore { get; set; }
    public string? SafeguardingLayer { get; set; }

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
        Answer = Answer,
        WrongAt = WrongAt is null ? null : DateTimeOffset.Parse(WrongAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        WrongBy = WrongBy,
        WrongNote = WrongNote,
        SafeguardingTier = SafeguardingTier,
        SafeguardingScore = SafeguardingScore,
        SafeguardingLayer = SafeguardingLayer,
    };
}
