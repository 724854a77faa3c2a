using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff;

/// <summary>Ends the session (POST only, with the anti-forgery token, so a link cannot sign someone out).</summary>
public sealed class SignOutModel : StaffPageModel
{
    public IActionResult OnGet() => RedirectToPage("/Staff/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/staff/sign-in");
    }
}
