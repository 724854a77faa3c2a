namespace CroydonBot.Channels;

/// <summary>The token issuers a channel request may come from (the Agents SDK default list for the public cloud).</summary>
public static class ChannelIssuers
{
    /// <summary>Tenants whose Entra tokens Azure Bot Service uses to call bots (auth v3.1, v3.2 and the newer one).</summary>
    private static readonly string[] BotFrameworkTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    /// <summary>The Entra issuers accepted: the Bot Framework tenants, plus the bot's own tenant when one is set.</summary>
    public static IReadOnlyList<string> Entra(string? tenantId)
    {
        var tenants = BotFrameworkTenants.ToList();
        if (!string.IsNullOrWhiteSpace(tenantId))
        {
            tenants.Add(tenantId.Trim());
        }
        return [.. tenants.SelectMany(t => new[] { $"https://sts.windows.net/{t}/", $"https://login.microsoftonline.com/{t}/v2.0" })];
    }
}
