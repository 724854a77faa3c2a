using System.Security.Claims;

namespace CroydonBot.Staff;

/// <summary>Who is signed in, as the audit log and the pages name them.</summary>
public static class StaffUser
{
    public static string NameOf(ClaimsPrincipal user) => user.Identity?.Name is { Length: > 0 } name ? name : "unknown";

    public static bool IsManager(ClaimsPrincipal user) => user.IsInRole(StaffRoles.Manager);

    /// <summary>The signed-in identity for a local account.</summary>
    public static ClaimsPrincipal ForAccount(StaffAccount account, string authenticationType) =>
        new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, account.UserName), new Claim(ClaimTypes.Role, account.Role)],
            authenticationType, ClaimTypes.Name, ClaimTypes.Role));
}
