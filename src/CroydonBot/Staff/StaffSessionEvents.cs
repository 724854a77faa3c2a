using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>
/// Checks the staff cookie on every request, not only at sign-in: the session must still exist on the
/// server (sign-out ends it everywhere), be younger than Staff:AbsoluteLifetimeHours however active it
/// was, and, for a local account, the account must still exist with the same role. So removing an
/// account or demoting a manager takes effect on the very next request. An Entra ID (OpenID Connect) session
/// has its roles re-read from Entra ID every <see cref="StaffOidcOptions.RoleCheckMinutes"/>.
/// </summary>
public static class StaffSessionEvents
{
    public const string SessionIdClaim = "croydonbot:sid";
    public const string SignedInAtClaim = "croydonbot:signed-in-at";
    public const string LocalAccountClaim = "croydonbot:local";

    public static void Attach(CookieAuthenticationEvents events)
    {
        events.OnSigningIn = SigningInAsync;
        events.OnValidatePrincipal = ValidateAsync;
        events.OnSigningOut = SigningOutAsync;
    }

    private static async Task SigningInAsync(CookieSigningInContext context)
    {
        if (context.Principal?.Identity is not ClaimsIdentity identity)
        {
            return;
        }
        var services = context.HttpContext.RequestServices;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var options = services.GetRequiredService<IOptionsMonitor<StaffOptions>>().CurrentValue;
        var sessionId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var isLocal = identity.AuthenticationType == CookieAuthenticationDefaults.AuthenticationScheme;
        identity.AddClaim(new Claim(SessionIdClaim, sessionId));
        identity.AddClaim(new Claim(SignedInAtClaim, now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        identity.AddClaim(new Claim(LocalAccountClaim, isLocal ? "true" : "false"));
        await services.GetRequiredService<StaffSessions>().StartAsync(
            sessionId, StaffUser.NameOf(context.Principal), now.AddHours(-options.AbsoluteLifetimeHours), context.HttpContext.RequestAborted);
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (!await IsStillValidAsync(context))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }

    private static async Task<bool> IsStillValidAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var services = context.HttpContext.RequestServices;
        var options = services.GetRequiredService<IOptionsMonitor<StaffOptions>>().CurrentValue;
        if (principal?.FindFirst(SessionIdClaim)?.Value is not { Length: > 0 } sessionId ||
            !long.TryParse(principal.FindFirst(SignedInAtClaim)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var signedInAt))
        {
            return false;
        }
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        if (now - DateTimeOffset.FromUnixTimeSeconds(signedInAt) > TimeSpan.FromHours(options.AbsoluteLifetimeHours))
        {
            return false;
        }
        if (principal.FindFirst(LocalAccountClaim)?.Value == "true")
        {
            var account = services.GetRequiredService<StaffAccountStore>().Find(StaffUser.NameOf(principal));
            if (account is null || !StaffRoles.IsKnown(account.Role) || !principal.IsInRole(account.Role))
            {
                return false;
            }
        }
        else if (now - DateTimeOffset.FromUnixTimeSeconds(signedInAt) >= TimeSpan.FromMinutes(options.Oidc.RoleCheckMinutes))
        {
            // An Entra ID role lives in the token, not here: past the role-check interval the session ends and the
            // challenge sends the person back to Entra ID, which signs them in again with the roles they have now
            // (OnTokenValidated turns away an account whose staff role was removed). Without a Microsoft session
            // they sign in again; the sign-in is audited each time.
            return false;
        }
        return await services.GetRequiredService<StaffSessions>().IsActiveAsync(sessionId, context.HttpContext.RequestAborted);
    }

    private static async Task SigningOutAsync(CookieSigningOutContext context)
    {
        if (context.HttpContext.User.FindFirst(SessionIdClaim)?.Value is { Length: > 0 } sessionId)
        {
            await context.HttpContext.RequestServices.GetRequiredService<StaffSessions>().EndAsync(sessionId, CancellationToken.None);
        }
    }
}
