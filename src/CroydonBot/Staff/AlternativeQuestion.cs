namespace CroydonBot.Staff;

/// <summary>A phrasing a staff member approved as another way to ask for a passage.</summary>
public sealed record AlternativeQuestion(string PassageId, string Question, string ApprovedBy, DateTimeOffset ApprovedAt);
