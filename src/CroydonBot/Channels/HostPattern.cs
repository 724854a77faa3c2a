namespace CroydonBot.Channels;

/// <summary>Host matching for allow-lists: the host itself or any subdomain of it, never a look-alike suffix.</summary>
public static class HostPattern
{
    public static bool Matches(string host, string allowed)
    {
        allowed = allowed.Trim().TrimStart('*').TrimStart('.');
        return allowed.Length > 0 &&
            (host.Equals(allowed, StringComparison.OrdinalIgnoreCase) ||
             host.EndsWith("." + allowed, StringComparison.OrdinalIgnoreCase));
    }
}
