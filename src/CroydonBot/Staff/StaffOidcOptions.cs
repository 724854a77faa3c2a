namespace CroydonBot.Staff;

/// <summary>OpenID Connect sign-in (Microsoft Entra ID in production). Used only when Authority and ClientId are set.</summary>
public sealed class StaffOidcOptions
{
    /// <summary>e.g. https://login.microsoftonline.com/{tenant-id}/v2.0</summary>
    public string? Authority { get; set; }
    public string? ClientId { get; set; }
    public string? ClientSecret { get; set; }
    public string CallbackPath { get; set; } = "/staff/signin-oidc";

    /// <summary>The claim that carries the user's app roles; Entra ID puts app roles in "roles".</summary>
    public string RoleClaim { get; set; } = "roles";

    /// <summary>The role claim value that makes someone staff.</summary>
    public string StaffRoleValue { get; set; } = "CroydonBot.Staff";

    /// <summary>The role claim value that makes someone a manager.</summary>
    public string ManagerRoleValue { get; set; } = "CroydonBot.Manager";

    /// <summary>
    /// Entra ID states the roles once, in the ID token at sign-in. A session signed in that way lasts this long before
    /// it is sent back to Entra ID, which (while the person's Microsoft session lives) signs them straight in again
    /// with the roles they have now: a role removed in Entra ID stops working within this many minutes.
    /// </summary>
    public int RoleCheckMinutes { get; set; } = 10;

    /// <summary>Only a test identity provider on loopback turns this off; Entra ID is always HTTPS.</summary>
    public bool RequireHttpsMetadata { get; set; } = true;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Authority) && !string.IsNullOrWhiteSpace(ClientId);
}
