using CroydonBot.Staff;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace CroydonBot.Pages.Staff;

/// <summary>Local sign-in with lock-out; hands over to OpenID Connect when that is configured.</summary>
public sealed class SignInModel(StaffAccountStore accounts, SignInLockout lockout, IStaffAudit audit, IOptionsMonitor<StaffOptions> options) : PageModel
{
    /// <summary>One message for every failure, so it does not reveal which user names exist.</summary>
    public const string FailedMessage = "The user name or password is not right.";

    public string? Error { get; private set; }
    public string? Username { get; private set; }
    public string? ReturnUrl { get; private set; }

    public string LockedMessage => $"Too many failed attempts. This account is locked for {options.CurrentValue.LockoutMinutes} minutes.";

    public bool OidcEnabled => options.CurrentValue.Oidc.IsConfigured;

    public bool LocalAccountsEnabled => options.CurrentValue.Accounts.Count > 0
        || StaffAccountFile.Read(options.CurrentValue.AccountsFileFullPath).Count > 0
        || !OidcEnabled;

    public void OnGet(string? returnUrl, string? failed)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        if (failed is not null)
        {
            Error = "Your council account could not be signed in to the staff area. Ask a manager to check you have the CroydonBot staff role.";
        }
    }

    public IActionResult OnGetOidc(string? returnUrl) => OidcEnabled
        ? Challenge(new AuthenticationProperties { RedirectUri = SafeReturnUrl(returnUrl) }, OpenIdConnectDefaults.AuthenticationScheme)
        : NotFound();

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl, CancellationToken cancellationToken)
    {
        ReturnUrl = SafeReturnUrl(returnUrl);
        Username = username?.Trim();
        if (string.IsNullOrEmpty(Username) || string.IsNullOrEmpty(password) || Username.Length > 64)
        {
            Error = FailedMessage;
            return Page();
        }
        // Reserves one of the attempts left before the password is checked, so parallel guesses cannot all
        // slip past the count while the (slow) hash of the first is still being checked.
        if (!lockout.TryBeginAttempt(Username))
        {
            await audit.WriteAsync(Username, AuditActions.SignInFailed, "staff-area", "locked out", cancellationToken);
            Error = LockedMessage;
            return Page();
        }
        var account = accounts.Verify(Username, password);
        if (account is null)
        {
            var locked = lockout.RecordFailure(Username);
            await audit.WriteAsync(Username, AuditActions.SignInFailed, "staff-area", locked ? "wrong password; now locked out" : "wrong password", cancellationToken);
            Error = locked ? LockedMessage : FailedMessage;
            return Page();
        }
        lockout.RecordSuccess(Username);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            StaffUser.ForAccount(account, CookieAuthenticationDefaults.AuthenticationScheme),
            new AuthenticationProperties { IsPersistent = false });
        await audit.WriteAsync(account.UserName, AuditActions.SignIn, "staff-area", $"local account as {account.Role}", cancellationToken);
        return Redirect(ReturnUrl);
    }

    /// <summary>Only back into the staff area: never an open redirect, never a 500.</summary>
    private static string SafeReturnUrl(string? returnUrl) => StaffReturnUrl.Safe(returnUrl);
}
