using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// The grade a passage gives as a judgement ("2017: judged inadequate" is "inadequate"; "Croydon's children's services are
/// rated good by Ofsted" is "good"): what "was it always like that" asks about, and what a step back along an inspection
/// timeline compares. Only a grade said as a judgement counts ("judged", "rated", "graded" before it): "good" said in passing
/// ("staff in good spirits") is no grade.
/// </summary>
public static partial class GradeSaid
{
    /// <summary>The grade <paramref name="text"/> first gives as a judgement, lower case ("requires improvement"); null when none.</summary>
    public static string? In(string text)
    {
        var match = Judged().Match(text);
        return match.Success ? match.Groups["grade"].Value.ToLowerInvariant() : null;
    }

    /// <summary>The grade a section's heading gives, else its text's first; null when neither gives one.</summary>
    public static string? Of(Passage passage) => In(passage.Heading) ?? In(passage.Text);

    /// <summary>True when the section's heading gives a grade: it is the section of a judgement, not of what came of it.</summary>
    public static bool HeadingGivesOne(Passage passage) => In(passage.Heading) is not null;

    [GeneratedRegex(@"\b(?:judged|rated|graded)\s+(?:as\s+)?(?<grade>outstanding|good|requires improvement|adequate|inadequate)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Judged();
}
