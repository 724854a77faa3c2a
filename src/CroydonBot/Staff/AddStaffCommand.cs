using System.Text.RegularExpressions;

namespace CroydonBot.Staff;

/// <summary>
/// <c>add-staff USERNAME [--role staff|manager] [--file PATH]</c>: reads a password from standard input and writes
/// the account, hashed with ASP.NET Core's PasswordHasher, to the local accounts file the app reads at sign-in.
/// </summary>
public static partial class AddStaffCommand
{
    public const string Name = "add-staff";
    public const int MinimumPasswordLength = 12;

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var userName = args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var role = Option(args, "--role") ?? StaffRoles.Staff;
        var file = Option(args, "--file") ?? ConfiguredAccountsFile();
        if (userName is null || !UserNamePattern().IsMatch(userName))
        {
            await error.WriteLineAsync("Usage: add-staff USERNAME [--role staff|manager] [--file PATH]  (password read from standard input)");
            await error.WriteLineAsync("USERNAME: 1-64 letters, digits, '.', '_', '-' or '@'.");
            return 2;
        }
        if (!StaffRoles.IsKnown(role))
        {
            await error.WriteLineAsync($"Unknown role '{role}': use {StaffRoles.Staff} or {StaffRoles.Manager}.");
            return 2;
        }
        if (!Console.IsInputRedirected && ReferenceEquals(input, Console.In))
        {
            await output.WriteAsync($"Password for {userName}: ");
        }
        var password = ReadPassword(input);
        if (password is null || password.Length < MinimumPasswordLength)
        {
            await error.WriteLineAsync($"The password must be at least {MinimumPasswordLength} characters.");
            return 2;
        }
        var account = new StaffAccount { UserName = userName, Role = role };
        account.PasswordHash = StaffAccountStore.HashPassword(account, password);
        StaffAccountFile.Save(Path.GetFullPath(file), account);
        await output.WriteLineAsync($"Saved {role} account '{userName}' to {Path.GetFullPath(file)}");
        return 0;
    }

    /// <summary>From a pipe, one line; from a terminal, keystrokes without echo.</summary>
    private static string? ReadPassword(TextReader input)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine()?.TrimEnd('\r');
        }
        var typed = new System.Text.StringBuilder();
        while (Console.ReadKey(intercept: true) is var key && key.Key != ConsoleKey.Enter)
        {
            if (key.Key == ConsoleKey.Backspace && typed.Length > 0)
            {
                typed.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        Console.WriteLine();
        return typed.ToString();
    }

    /// <summary>The file the app will read: Staff:AccountsFile from appsettings.json or the environment, as the app sees it.</summary>
    private static string ConfiguredAccountsFile()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        return (configuration.GetSection(StaffOptions.Section).Get<StaffOptions>() ?? new StaffOptions()).AccountsFileFullPath;
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : args.FirstOrDefault(a => a.StartsWith(name + "=", StringComparison.Ordinal))?[(name.Length + 1)..];
    }

    [GeneratedRegex("^[A-Za-z0-9._@-]{1,64}$")]
    private static partial Regex UserNamePattern();
}
