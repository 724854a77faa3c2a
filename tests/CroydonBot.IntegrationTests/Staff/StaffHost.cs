using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Staff;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>Starts the real app with one staff and one manager account in configuration, as an operator would set them.</summary>
public static class StaffHost
{
    public const string StaffName = "sam.staff";
    public const string ManagerName = "mo.manager";
    public const string Password = "correct horse battery staple";

    public static Task<BotHost> StartAsync(params string[] extra) => BotHost.StartAsync(
    [
        .. Account(0, StaffName, StaffRoles.Staff),
        .. Account(1, ManagerName, StaffRoles.Manager),
        // No stray add-staff file from a developer's machine: only the accounts above exist.
        $"Staff:AccountsFile={Path.Combine(Path.GetTempPath(), $"croydonbot-no-accounts-{Guid.NewGuid():N}.json")}",
        .. extra,
    ]);

    private static string[] Account(int index, string name, string role)
    {
        var account = new StaffAccount { UserName = name, Role = role };
        return
        [
            $"Staff:Accounts:{index}:UserName={name}",
            $"Staff:Accounts:{index}:PasswordHash={StaffAccountStore.HashPassword(account, Password)}",
            $"Staff:Accounts:{index}:Role={role}",
        ];
    }
}
