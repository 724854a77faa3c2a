using CroydonBot.Staff;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CroydonBot.Pages.Staff;

/// <summary>What every staff page knows: who is signed in and whether they manage.</summary>
public abstract class StaffPageModel : PageModel
{
    public string UserName => StaffUser.NameOf(User);

    public bool IsManager => StaffUser.IsManager(User);
}
