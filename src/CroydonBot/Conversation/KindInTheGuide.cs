using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// The guide section with the sentence that answers a follow-up asking a new kind of fact about a thing it names: "how many
/// recommendations did they get" after the 2017 grades ("Ofsted made 21 recommendations", in the 2017 section on care
/// leavers), "who was the lead inspector on that one" after the 2024 grades (the sentence naming the inspector, in the section
/// on who leads the service). The section just answered usually holds the kind somewhere (a timeline's every section has a
/// number, a date and a name), so <see cref="KindNearby"/>, which asks only whether a section holds the kind, keeps it; but
/// the kind answers the follow-up only in a sentence that also says what it asks about. Such a sentence is looked for in the
/// conversation's guide (one guide tells one topic), of the conversation's year when it has one, nearest the section just
/// answered first.
/// </summary>
public static class KindInTheGuide
{
    /// <summary>
    /// The section of <paramref name="last"/>'s guide, other than <paramref name="top"/>, whose sentence holds
    /// <paramref name="kind"/> and says more of <paramref name="asked"/> (the follow-up's own subjects, weighed) than any
    /// sentence of <paramref name="top"/> does, and at least <see cref="MinShare"/> of it; null when there is none, when the
    /// kind is no particular fact or when the conversation is not about a guide. Only what some sentence of the kind in the
    /// guide says is weighed: a word none says ("main" in "who was the main inspector") cannot tell the sections apart.
    /// An idea counts as said in the follow-up's own word, not a synonym: "inspector" is said as "Ofsted" in every section.
    /// </summary>
    public static Passage? For(IReadOnlyList<Passage> passages, Passage last, Passage top, QuestionKind kind,
        IReadOnlyList<QueryConcept> asked, IReadOnlyCollection<int> years, Func<Passage, IReadOnlyList<SentenceWords>> sentencesOf)
    {
        if (!IsAFact(kind) || asked.Count == 0 || last.Document.Kind != "guide")
        {
            return null;
        }
        // The conversation's year, else the year of the section just answered ("how many recommendations" after 2017's grades).
        // With no year at all, only the sections beside the one just answered are its neighbourhood: elsewhere in an undated
        // guide the same word is most often about something else ("the forum meets every month" is the ambassadors', not the
        // children in care council's).
        if (years.Count == 0 && Text.Years.First(last.Heading) is { } lastYear)
        {
            years = new[] { lastYear };
        }
        var whole = passages.Where(p => p.Document.File == last.Document.File).ToList();
        // A thing the guide never speaks of ("rated inadequate" after the bus photocard, in the entitlements guide) is asked of
        // another topic: the conversation's guide is not where its answer is.
        var spoken = whole.SelectMany(p => SentencesOf(p, years, sentencesOf)).Select(s => s.Terms).ToList();
        if (asked.Any(c => !spoken.Any(terms => c.IsInAsTyped(terms))))
        {
            return null;
        }
        var guide = whole.Where(p => years.Count > 0 || Math.Abs(p.Ordinal - last.Ordinal) <= 1)
            .Select(p => (Passage: p, Sentences: SentencesOfKind(p, kind, years, sentencesOf))).ToList();
        var said = asked.Where(c => guide.Any(g => g.Sentences.Any(s => c.IsInAsTyped(s.Terms)))).ToList();
        var total = said.Sum(c => c.Weight);
        if (total <= 0)
        {
            return null;
        }
        // The section found may be of another guide (the app's own, after the local offer naming it): what it says counts all the
        // same. Any sentence of it counts, not only one the kind's pattern catches: a section saying the thing is about it, and may
        // say the kind in words no pattern knows ("Your school or college pays it" names no one, yet answers who pays).
        var topSays = Says(SentencesOf(top, years, sentencesOf), said).Share;
        // A conversation about a year asks about that year: "when was it published" after the 2017 inspection is not answered by
        // the 2024 report's publication, whatever the 2017 section calls it ("came out").
        return guide
            .Where(g => g.Passage.Id != top.Id)
            .Select(g => (g.Passage, Said: Says([.. g.Sentences.Where(s => years.Count == 0 || s.OfTheYear)], said)))
            .Where(c => c.Said.Share / total >= MinShare && c.Said.Share > topSays + 1e-9)
            .OrderByDescending(c => c.Said.Share)
            .ThenBy(c => Math.Abs(c.Passage.Ordinal - last.Ordinal))
            .Select(c => c.Passage)
            .FirstOrDefault();
    }

    /// <summary>
    /// The terms of each sentence of <paramref name="passage"/> holding <paramref name="kind"/>, and whether it (or the section
    /// it is in) speaks of one of <paramref name="years"/>.
    /// </summary>
    private static List<(IReadOnlySet<string> Terms, bool OfTheYear)> SentencesOfKind(Passage passage, QuestionKind kind,
        IReadOnlyCollection<int> years, Func<Passage, IReadOnlyList<SentenceWords>> sentencesOf) =>
        Sentences(passage, s => QuestionKinds.Holds(kind, s), years, sentencesOf);

    /// <summary>The terms of every sentence of <paramref name="passage"/> (see <see cref="SentencesOfKind"/>).</summary>
    private static List<(IReadOnlySet<string> Terms, bool OfTheYear)> SentencesOf(Passage passage, IReadOnlyCollection<int> years,
        Func<Passage, IReadOnlyList<SentenceWords>> sentencesOf) => Sentences(passage, _ => true, years, sentencesOf);

    private static List<(IReadOnlySet<string> Terms, bool OfTheYear)> Sentences(Passage passage, Func<string, bool> keep,
        IReadOnlyCollection<int> years, Func<Passage, IReadOnlyList<SentenceWords>> sentencesOf)
    {
        var sectionYear = Text.Years.First(passage.Heading) ?? Text.Years.First(passage.DatedLabel ?? "");
        // The sentences come analysed (sentencesOf is PassageWords.OfSentences in the bot): every follow-up weighs the whole
        // guide's sentences, and a passage never changes, so none is analysed again here.
        return [.. sentencesOf(passage).Where(s => keep(s.Text))
            .Select(s => (s.Terms, years.Count > 0 && (sectionYear is { } y && years.Contains(y) || s.Years.Any(years.Contains))))];
    }

    /// <summary>The most of <paramref name="asked"/>'s weight one of <paramref name="sentences"/> says, the conversation's year first on a tie.</summary>
    private static (double Share, bool OfTheYear) Says(List<(IReadOnlySet<string> Terms, bool OfTheYear)> sentences, IReadOnlyList<QueryConcept> asked)
    {
        var best = (Share: 0.0, OfTheYear: false);
        foreach (var (terms, ofTheYear) in sentences)
        {
            var share = asked.Where(c => c.IsInAsTyped(terms)).Sum(c => c.Weight);
            if (share > best.Share || share == best.Share && ofTheYear && !best.OfTheYear)
            {
                best = (share, ofTheYear);
            }
        }
        return best;
    }

    /// <summary>
    /// Kinds a single sentence answers: a date, an amount, a frequency, an age, a name or contact, a count, a share, a length.
    /// Not a judgement, a quotation, a legal status, a shortfall or what held before: each has machinery of its own. Opening
    /// hours too (round AF): a helpline's hours are a sentence of the line's own; and a phone number (round AI).
    /// </summary>
    internal static bool IsAFact(QuestionKind kind) => kind is QuestionKind.When or QuestionKind.HowMuch or QuestionKind.HowOften
        or QuestionKind.Age or QuestionKind.Who or QuestionKind.HowMany or QuestionKind.Share or QuestionKind.WhoToAsk or QuestionKind.HowLong
        or QuestionKind.Hours or QuestionKind.Phone;

    /// <summary>A sentence must say at least this share of what the follow-up names (by weight) to answer it.</summary>
    private const double MinShare = 0.5;
}
