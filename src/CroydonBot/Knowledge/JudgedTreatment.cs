using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// "what did ofsted think of how croydon treats care leavers", "how well does the council handle kids in care according to
/// ofsted", "did the inspectors like how croydon deals with care leavers": asking Ofsted's judgement of how the council
/// treats a group. "Treats" here is the judgement asked, not mistreatment: read as an idea it matched the complaints
/// section ("my social worker treated me badly"), which names Ofsted once, over what Ofsted said about care leavers.
/// </summary>
public static partial class JudgedTreatment
{
    /// <summary>Marks in <paramref name="used"/> the verb of "how croydon treats ..." when Ofsted is the one judging.</summary>
    public static void Mark(IReadOnlyList<string> words, bool[] used)
    {
        if (!words.Any(Judges.Contains))
        {
            return;
        }
        var joined = string.Join(' ', words);
        foreach (Match m in HowItTreats().Matches(joined))
        {
            JoinedWords.Mark(joined, m.Groups["verb"], used);
        }
    }

    private static readonly HashSet<string> Judges = new(StringComparer.Ordinal) { "ofsted", "ofsteds", "inspectors", "inspector", "inspection", "watchdog" };

    // "how croydon treats", "how well the council handles", "how does ofsted think croydon treats", "the way they deal with".
    // Not "how do i tell ofsted croydon treated me badly": a person's own treatment is a complaint.
    [GeneratedRegex(@"\b(how|the way) (\w+ ){0,3}?(croydon|croydons|the council|croydon council|council|they|it|social services|childrens services|croydon social services|croydon childrens services) (?<verb>treats|treat|treated|treating|handles|handle|handled|deals with|deal with|dealt with)\b(?! (me|us|my|him|her|them badly)\b)")]
    private static partial Regex HowItTreats();
}
