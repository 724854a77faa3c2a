namespace CroydonBot.Staff;

/// <summary>"12 minutes ago", "3 hours ago", "2 days ago": how long something has waited, in the unit that matters.</summary>
public static class TimeSince
{
    public static string Describe(DateTimeOffset then, DateTimeOffset now)
    {
        var span = now - then;
        return span switch
        {
            { TotalMinutes: < 1 } => "just now",
            { TotalHours: < 1 } => Plural((int)span.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Plural((int)span.TotalHours, "hour"),
            _ => Plural((int)span.TotalDays, "day"),
        };
    }

    private static string Plural(int n, string unit) => $"{n} {unit}{(n == 1 ? "" : "s")} ago";
}
