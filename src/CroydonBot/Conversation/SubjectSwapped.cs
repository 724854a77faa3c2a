using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AF (conv-af): a fragment naming another subject in place of the last one ("and kids in care" after what Ofsted said
/// about care leavers in 2024) asks the same of that subject: the section of the same step of the timeline whose heading is the
/// last heading with its subject swapped ("October 2024: what Ofsted said about children in care"). Read with the conversation's
/// words, the new subject and the old setting found a section naming both in passing (the Children in Care Council); read alone,
/// one naming the new subject at any time.
/// </summary>
public static class SubjectSwapped
{
    /// <summary>At most this many words of the last heading may go (its subject: "leavers"); more is another kind of section.</summary>
    private const int MaxWordsSwapped = 2;

    /// <summary>
    /// The section of <paramref name="last"/>'s guide dated as <paramref name="last"/> is (a step of a timeline) whose heading
    /// names every one of <paramref name="fresh"/> (the follow-up's new subjects, not all of them already in the last heading),
    /// adds no word that is not theirs and drops at most <see cref="MaxWordsSwapped"/> of the last heading's; null when there
    /// is none, the last answer is no dated guide section, or the follow-up names no new subject.
    /// </summary>
    public static Passage? For(IReadOnlyList<Passage> passages, Passage last, IReadOnlyList<QueryConcept> fresh, Func<Passage, IReadOnlySet<string>> headingOf)
    {
        if (fresh.Count == 0 || last.Document.Kind != "guide" || SectionTimeline.DateOf(last) is not { } date)
        {
            return null;
        }
        var lastHeading = headingOf(last);
        if (fresh.All(c => c.IsIn(lastHeading)))
        {
            return null;
        }
        return passages
            .Where(p => p.Document.File == last.Document.File && p.Id != last.Id && SectionTimeline.DateOf(p) == date)
            .FirstOrDefault(p => headingOf(p) is var heading && fresh.All(c => c.IsIn(heading))
                && heading.Except(lastHeading).All(t => fresh.Any(c => c.Alternatives.Any(a => a.Contains(t))))
                && lastHeading.Except(heading).Count() is > 0 and <= MaxWordsSwapped);
    }
}
