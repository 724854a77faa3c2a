using System.Text.Json;
using CroydonBot.Storage;

namespace CroydonBot.Staff;

/// <summary>
/// The local accounts file written by <c>add-staff</c>: <c>{"Accounts":[{"UserName":..,"PasswordHash":..,"Role":..}]}</c>.
/// Kept apart from appsettings so the command never rewrites an operator's settings.
/// </summary>
public static class StaffAccountFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public static IReadOnlyList<StaffAccount> Read(string path)
    {
        if (!File.Exists(path))
        {
            return [];
        }
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<AccountsDocument>(stream, Json)?.Accounts ?? [];
    }

    /// <summary>Adds the account, replacing one with the same user name.</summary>
    public static void Save(string path, StaffAccount account)
    {
        var accounts = Read(path).Where(a => !string.Equals(a.UserName, account.UserName, StringComparison.OrdinalIgnoreCase)).ToList();
        accounts.Add(account);
        PrivateFiles.CreateFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        // Password hashes: readable by the app's user only.
        PrivateFiles.WriteAllText(temp, JsonSerializer.Serialize(new AccountsDocument { Accounts = accounts }, Json));
        File.Move(temp, path, overwrite: true);
    }

    private sealed class AccountsDocument
    {
        public List<StaffAccount> Accounts { get; set; } = [];
    }
}
