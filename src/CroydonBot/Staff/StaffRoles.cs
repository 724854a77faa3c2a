namespace CroydonBot.Staff;

/// <summary>The two staff roles and the authorisation policies built on them.</summary>
public static class StaffRoles
{
    /// <summary>Reads the logs and works feedback items.</summary>
    public const string Staff = "staff";

    /// <summary>Everything staff can do, plus export and delete.</summary>
    public const string Manager = "manager";

    /// <summary>Policy: any signed-in staff member (staff or manager).</summary>
    public const string StaffPolicy = "StaffArea";

    /// <summary>Policy: managers only.</summary>
    public const string ManagerPolicy = "StaffManager";

    public static bool IsKnown(string? role) => role is Staff or Manager;
}
