namespace CroydonBot.Staff;

/// <summary>A local staff account: the password is stored only as an ASP.NET Core PasswordHasher hash.</summary>
public sealed class StaffAccount
{
    public string UserName { get; set; } = "";
    public string PasswordHash { get; set; } = "";

    /// <summary>staff or manager.</summary>
    public string Role { get; set; } = StaffRoles.Staff;
}
