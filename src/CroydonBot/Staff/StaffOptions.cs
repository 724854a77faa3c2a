using CroydonBot.Configuration;

namespace CroydonBot.Staff;

/// <summary>The "Staff" configuration section: who can sign in to /staff and how.</summary>
public sealed class StaffOptions
{
    public const string Section = "Staff";

    /// <summary>Local accounts from configuration (appsettings, environment, command line).</summary>
    public List<StaffAccount> Accounts { get; set; } = [];

    /// <summary>The file the add-staff command writes, relative to the app's folder unless absolute; read on every sign-in.</summary>
    public string AccountsFile { get; set; } = "data/staff-accounts.json";

    public StaffOidcOptions Oidc { get; set; } = new();

    /// <summary>Failed sign-ins in a row before an account name is locked.</summary>
    public int LockoutAttempts { get; set; } = 5;

    public int LockoutMinutes { get; set; } = 15;

    /// <summary>Sessions end after this long without a request.</summary>
    public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>
    /// The session and anti-forgery cookies are only sent over https (Secure). Turn off only for plain-http
    /// testing on loopback; behind a TLS proxy, list it under Proxy so requests are seen as https.
    /// </summary>
    public bool SecureCookie { get; set; } = true;

    /// <summary>Sessions end this long after signing in, however active (the idle timeout slides; this does not).</summary>
    public int AbsoluteLifetimeHours { get; set; } = 8;

    public string AccountsFileFullPath => ContentOptions.Resolve(AccountsFile);
}
