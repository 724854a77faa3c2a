namespace CroydonBot.Staff;

/// <summary>"No answer here, say X": what staff wrote for a question the guides do not cover; used once approved.</summary>
public sealed record StaffReply(long Id, string Question, string Reply, string WrittenBy, DateTimeOffset WrittenAt, string? ApprovedBy, DateTimeOffset? ApprovedAt)
{
    public bool IsApproved => ApprovedAt is not null;
}
