using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Who told the asker an Ofsted claim: "my foster carer said croydon got failed by ofsted, is that true", "my nan reckons
/// croydon social services were rated inadequate", "my sw told me the inspectors slated croydon". The teller's role is
/// how the claim reached the asker, not what is asked: read as an idea, "foster carer" drew the answer to Staying Put,
/// the one section that is about foster carers and also names Ofsted.
/// </summary>
/// <remarks>
/// Only a claim about Ofsted's view: "my foster carer said i can stay till 21, is that true" is about the teller's own
/// part (Staying Put), and "my pa said i get a grant" asks about what the PA gives. <see cref="HearsayFrame"/> drops
/// "someone at my college said" for every claim; a role keeps its weight unless the claim is Ofsted's.
/// </remarks>
public static partial class TellerFrame
{
    /// <summary>Marks in <paramref name="used"/> the words of <paramref name="words"/> (plain, lower case) that name the teller of an Ofsted claim.</summary>
    public static void Mark(IReadOnlyList<string> words, bool[] used)
    {
        if (!words.Any(OfstedClaimWords.Contains))
        {
            return;
        }
        var joined = string.Join(' ', words);
        var teller = Teller().Match(joined);
        if (!teller.Success)
        {
            return;
        }
        var told = JoinedWords.Count(teller.Value);
        // "my PA says she has loads of young people, did ofsted pick up on that": the claim is the teller's own state, and
        // Ofsted is only asked about after it; the claim itself must name Ofsted's view, soon after the teller.
        if (told >= words.Count || AboutTheTeller.Contains(words[told])
            || !words.Skip(told).Take(ClaimReach).Any(OfstedClaimWords.Contains))
        {
            return;
        }
        JoinedWords.Mark(joined, teller, used);
    }

    /// <summary>How far into the claim an Ofsted word must come: "croydon social services got failed by ofsted" is seven words.</summary>
    private const int ClaimReach = 8;

    // A claim opening with the teller or the asker is about them ("she has too many cases", "i can stay till 21").
    private static readonly HashSet<string> AboutTheTeller = new(StringComparer.Ordinal)
    {
        "she", "shes", "he", "hes", "her", "his", "i", "im", "ive", "me", "my", "we", "our", "us",
    };

    // What makes a claim one about Ofsted's view of the council: the inspector, or a grade only Ofsted gives.
    private static readonly HashSet<string> OfstedClaimWords = new(StringComparer.Ordinal)
    {
        "ofsted", "ofsteds", "inspectors", "inspector", "inspection", "inspected", "inspections", "watchdog", "inadequate", "rated", "rating",
    };

    // "my foster carer said", "me social worker was saying", "my foster mum reckons", "our pa told me", "my mate's mum keeps saying":
    // at most three words of who, then the word that reports. The message must open with it: later, "my" starts the claim.
    [GeneratedRegex(@"^((so|and|but|ok|okay|well|hi|hiya|hey|like|um|erm) )*(my|me|our) (\w+ ){1,3}?(said|says|reckons|reckon|thinks|think|swears|claims|claimed|mentioned|told me|tells me|keeps saying|kept saying|was saying|were saying|is saying|goes) (that )?")]
    private static partial Regex Teller();
}
