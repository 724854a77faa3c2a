using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>Checks a user name and password against the configured accounts and the add-staff file.</summary>
public sealed class StaffAccountStore(IOptionsMonitor<StaffOptions> options)
{
    private static readonly PasswordHasher<StaffAccount> Hasher = new();

    // Verified against when the user name is unknown, so a wrong name takes as long as a wrong password.
    private static readonly string DummyHash = Hasher.HashPassword(new StaffAccount(), Guid.NewGuid().ToString("N"));

    public static string HashPassword(StaffAccount account, string password) => Hasher.HashPassword(account, password);

    /// <summary>The account when the password matches; null otherwise.</summary>
    public StaffAccount? Verify(string userName, string password)
    {
        var account = Find(userName);
        var result = Hasher.VerifyHashedPassword(account ?? new StaffAccount(), account?.PasswordHash is { Length: > 0 } hash ? hash : DummyHash, password);
        return account is not null && result != PasswordVerificationResult.Failed && StaffRoles.IsKnown(account.Role) ? account : null;
    }

    public StaffAccount? Find(string userName)
    {
        var current = options.CurrentValue;
        return current.Accounts.Concat(StaffAccountFile.Read(current.AccountsFileFullPath))
            .FirstOrDefault(a => string.Equals(a.UserName, userName, StringComparison.OrdinalIgnoreCase));
    }
}
