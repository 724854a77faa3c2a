namespace CroydonBot.Staff;

/// <summary>
/// Where to go after signing in: only a path inside the staff area, else the dashboard. Control characters
/// and whitespace are refused outright: browsers drop a tab from "/staff/\t/evil.com", which then reads as
/// "//evil.com"-style, and ASP.NET Core's LocalRedirect throws on it (a 500).
/// </summary>
public static class StaffReturnUrl
{
    public const string Default = "/staff";

    public static string Safe(string? returnUrl)
    {
        if (returnUrl is not { Length: > 0 and <= 2048 } url ||
            url.Any(c => char.IsControl(c) || char.IsWhiteSpace(c)) ||
            url.Contains('\\') || url.Contains("//", StringComparison.Ordinal) || url.Contains("/.", StringComparison.Ordinal) ||
            url.Contains('%') && Uri.UnescapeDataString(url) is var decoded && (decoded.Contains("//", StringComparison.Ordinal) || decoded.Contains('\\') || decoded.Any(char.IsControl)))
        {
            return Default;
        }
        return url.Equals("/staff", StringComparison.OrdinalIgnoreCase) ||
            url.StartsWith("/staff/", StringComparison.OrdinalIgnoreCase) ||
            url.StartsWith("/staff?", StringComparison.OrdinalIgnoreCase)
            ? url
            : Default;
    }
}
