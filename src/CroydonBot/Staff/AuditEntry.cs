namespace CroydonBot.Staff;

/// <summary>One staff action: who did what to which record, and when.</summary>
public sealed record AuditEntry(long Id, DateTimeOffset At, string UserName, string Action, string Target, string? Detail);

/// <summary>The audited actions.</summary>
public static class AuditActions
{
    public const string View = "view";
    public const string Change = "change";
    public const string Export = "export";
    public const string Delete = "delete";
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string Retention = "retention";
}
