namespace CroydonBot.Configuration;

/// <summary>
/// Phone numbers the bot gives out. Defaults are sourced in shared/reference/facts.md (checked November 2026);
/// configuration can override them if a number changes.
/// </summary>
public sealed class ContactOptions
{
    public const string Section = "Contacts";

    /// <summary>Croydon children's social care (Single Point of Contact), daytime.</summary>
    public string SocialCareDayLine { get; set; } = "020 8255 2888";
    public string SocialCareDayHours { get; set; } = "Monday to Friday, 9am to 5pm";

    /// <summary>Croydon's Emergency Duty Team, out of hours.</summary>
    public string SocialCareOutOfHoursLine { get; set; } = "020 8726 6400";
    public string SocialCareOutOfHours { get; set; } = "weekday evenings and nights, weekends and bank holidays";

    /// <summary>Croydon Council's main number: care leavers reach the leaving care service through it (no direct line is published).</summary>
    public string CouncilMainLine { get; set; } = "020 8726 6000";

    public string Emergency { get; set; } = "999";
    public string Childline { get; set; } = "0800 1111";
    public string Samaritans { get; set; } = "116 123";
    public string ShoutKeyword { get; set; } = "SHOUT";
    public string ShoutNumber { get; set; } = "85258";

    /// <summary>The values by placeholder name, for filling {socialCareDayLine} and friends in wording files.</summary>
    /// <remarks>Each number also has a {nameTel} form, digits only, for tel: links ("tel:08001111").</remarks>
    public IReadOnlyDictionary<string, string> AsPlaceholders()
    {
        var values = Values();
        foreach (var (name, value) in values.ToList())
        {
            values[name + "Tel"] = new string([.. value.Where(char.IsAsciiDigit)]);
        }
        return values;
    }

    private Dictionary<string, string> Values() => new(StringComparer.OrdinalIgnoreCase)
    {
        ["socialCareDayLine"] = SocialCareDayLine,
        ["socialCareDayHours"] = SocialCareDayHours,
        ["socialCareOutOfHoursLine"] = SocialCareOutOfHoursLine,
        ["socialCareOutOfHours"] = SocialCareOutOfHours,
        ["councilMainLine"] = CouncilMainLine,
        ["emergency"] = Emergency,
        ["childline"] = Childline,
        ["samaritans"] = Samaritans,
        ["shoutKeyword"] = ShoutKeyword,
        ["shoutNumber"] = ShoutNumber,
    };
}
