namespace CroydonBot.Staff;

/// <summary>One staff action: who did what to which record, and when.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string UserName, string Action, string Target, string? Detail);
