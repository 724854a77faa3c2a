namespace CroydonBot.Staff;

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
