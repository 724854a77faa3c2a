using System.Globalization;
using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// The dated sections of one guide as a timeline ("May 2012: judged adequate", "February 2020: judged good", "October 2024:
/// judged good"): which section of the same kind comes before a given one. A section's date is the one its heading opens
/// with (when the inspection happened), not its "Dated:" line (when the report came out).
/// </summary>
public static partial class SectionTimeline
{
    /// <summary>Words of a heading that say nothing of what kind of section it is.</summary>
    private static readonly HashSet<string> Filler = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "and", "of", "to", "in", "on", "for", "with", "what", "was", "is", "are", "it", "its", "history", "after", "next",
    };

    /// <summary>
    /// The month and year a guide section's heading opens with ("October 2024: judged good"), as one comparable number (year *
    /// 100 + month, month 0 when only a year is given); null otherwise. Only such sections are steps of a timeline: a section
    /// with just a "Dated:" line ("Housing benefit: the shared room rule", dated May 2021) says when its facts were true, and
    /// the sections of a guide of such facts are about different things, not one thing over time.
    /// </summary>
    public static int? DateOf(Passage passage)
    {
        var heading = HeadingDate().Match(passage.Heading);
        return heading.Success ? Number(heading) : null;
    }

    /// <summary>
    /// When a passage speaks from: a dated guide section's own date; an undated one's guide's latest date (it tells how
    /// things are now); any other document's date. Null for a guide with no dated section.
    /// </summary>
    public static int? WhenOf(Passage passage, IEnumerable<Passage> passages) =>
        passage.Document.Kind != "guide"
            ? passage.Document.Date.Year * 100 + passage.Document.Date.Month
            : DateOf(passage) ?? passages.Where(p => p.Document.File == passage.Document.File).Select(DateOf).Max();

    /// <summary>
    /// The guide section dated in a year before <paramref name="last"/>'s (<see cref="WhenOf"/>) that is most like it. After a
    /// dated guide section, one of its own guide whose heading shares most of its words ("judged good, with each judgement"
    /// before "judged inadequate, with each judgement"), the latest of those.
    /// Otherwise (an undated answer, or no earlier heading shares a word) the same, with the first dated section of
    /// <paramref name="ranked"/> (the conversation's subject searched) that has an earlier alike standing for it. Null when none.
    /// </summary>
    public static Passage? Before(Passage last, IReadOnlyList<Passage> passages, IReadOnlyList<ScoredPassage> ranked)
    {
        if (WhenOf(last, passages) is not { } lastDate)
        {
            return null;
        }
        var ownDate = last.Document.Kind == "guide" && DateOf(last) is not null;
        var earlier = passages.Where(p => p.Document.Kind == "guide" && (last.Document.Kind != "guide" || p.Document.File == last.Document.File)
            && YearBefore(p, lastDate) && p.Heading.Length > 0).ToList();
        if (earlier.Count == 0)
        {
            return null;
        }
        // An undated answer (a news report), or one whose heading shares no word with any earlier one ("What is the rating
        // now?"), says nothing of its kind: the first dated section the conversation's subject finds that does stands for it.
        var likes = ranked.Select(h => h.Passage).Where(p => p.Document.Kind == "guide" && DateOf(p) is not null);
        if (!ownDate && last.Document.Kind == "guide" && AskedAlike(last, passages.Where(p => p.Document.File == last.Document.File
            && DateOf(p) is { } own && own / 100 == lastDate / 100)) is { } standsFor)
        {
            // Round AG (ofsted-ag): an undated guide section speaking of now ("What is Croydon's rating now?") is most like the
            // section of its newest year asked in the most of the same words ("wat was croydon rated in 2024"), whatever the
            // conversation's subject finds first.
            likes = likes.Prepend(standsFor);
        }
        return (ownDate ? likes.Prepend(last) : likes)
            .Select(like => MostAlike(like, earlier.Where(p => ownDate || p.Document.File == like.Document.File)))
            .FirstOrDefault(p => p is not null);
    }

    /// <summary>
    /// Round AI (ofsted-ai): the section of <paramref name="like"/>'s guide dated in <paramref name="year"/> that is most like it
    /// (<paramref name="like"/> itself when dated that year), the first of that year in the guide when none shares a heading
    /// word: where "and before 2017?" steps back from. Null when <paramref name="like"/> is no guide section or its guide has
    /// nothing dated that year.
    /// </summary>
    public static Passage? AlikeInYear(Passage like, int year, IReadOnlyList<Passage> passages)
    {
        if (like.Document.Kind != "guide")
        {
            return null;
        }
        if (DateOf(like) is { } own && own / 100 == year)
        {
            return like;
        }
        var thatYear = passages.Where(p => p.Document.File == like.Document.File && DateOf(p) is { } d && d / 100 == year && p.Heading.Length > 0).ToList();
        return MostAlike(like, thatYear) ?? thatYear.OrderBy(p => p.Ordinal).FirstOrDefault();
    }

    /// <summary>How many words two sections' labelled questions must share before one stands for the other.</summary>
    private const int MinSharedQuestionWords = 3;

    /// <summary>
    /// The section of <paramref name="candidates"/> whose labelled questions share most words (no filler, no number, four
    /// letters or more) with <paramref name="last"/>'s, the first in the guide among equals; null when none shares
    /// <see cref="MinSharedQuestionWords"/>.
    /// </summary>
    private static Passage? AskedAlike(Passage last, IEnumerable<Passage> candidates)
    {
        var asked = QuestionWords(last);
        return candidates.Select(p => (Passage: p, Shared: QuestionWords(p).Count(asked.Contains)))
            .Where(a => a.Shared >= MinSharedQuestionWords)
            .OrderByDescending(a => a.Shared).ThenBy(a => a.Passage.Ordinal).Select(a => a.Passage).FirstOrDefault();
    }

    /// <summary>The words a section's labelled questions ask it by: no filler, no number, four letters or more.</summary>
    private static HashSet<string> QuestionWords(Passage passage) =>
        [.. passage.Questions.SelectMany(q => Text.PlainWords.WordsOf(q))
            .Where(w => w.Length >= 4 && !Filler.Contains(w) && !Text.AsciiDigits.In(w))];

    /// <summary>
    /// The guide section dated in a year after <paramref name="last"/>'s (a dated guide section) that is most like it, the
    /// earliest of those ("and after?" after "2012: judged adequate" is "2017: judged inadequate"). When the follow-up says
    /// words of its own (<paramref name="asked"/>: "happened" in "what happened after that"), the first section after it in
    /// the guide, the same year or later, whose heading says most of them ("2017 to 2018: what happened next"), if any does;
    /// if none does, the next of the same kind again. Null when none.
    /// </summary>
    public static Passage? After(Passage last, IReadOnlyList<Passage> passages, IReadOnlyList<string> asked)
    {
        if (last.Document.Kind != "guide" || DateOf(last) is not { } lastDate)
        {
            return null;
        }
        var sameGuide = passages.Where(p => p.Document.File == last.Document.File && p.Heading.Length > 0).ToList();
        asked = NotInTitle(asked, last.Document);
        if (asked.Count > 0)
        {
            var later = sameGuide.Where(p => DateOf(p) is { } own && (own / 100 > lastDate / 100 || own / 100 == lastDate / 100 && p.Ordinal > last.Ordinal));
            if (HeadingSayingMost(later.OrderBy(DateOf).ThenBy(p => p.Ordinal), asked) is { } told)
            {
                return told;
            }
        }
        // Words no later heading says ("so it went downhill after that") tell how the asker sees the next one, not which.
        return MostAlike(last, sameGuide.Where(p => YearAfter(p, lastDate)), latest: false);
    }

    /// <summary>
    /// The newest guide section most like <paramref name="last"/> dated in a year after it ("and now" after "2017: judged
    /// inadequate" is "October 2024: judged good"); for an undated answer, the same from the first dated section of
    /// <paramref name="ranked"/> (the conversation's subject searched) that has a later alike. Null when <paramref name="last"/>
    /// is already the newest of its kind. When the follow-up says words of its own (<paramref name="asked"/>: "good" in "so is it
    /// good now"), the section of the guide's newest year whose heading says most of them, if any does and it is not
    /// <paramref name="last"/>: after what the newest inspection said must improve, "is it good now" is its judgement.
    /// </summary>
    public static Passage? Latest(Passage last, IReadOnlyList<Passage> passages, IReadOnlyList<ScoredPassage> ranked, IReadOnlyList<string> asked)
    {
        if (WhenOf(last, passages) is not { } lastDate)
        {
            return null;
        }
        var guide = last.Document.Kind == "guide" ? last.Document
            : ranked.Select(h => h.Passage).FirstOrDefault(p => p.Document.Kind == "guide" && DateOf(p) is not null)?.Document;
        asked = guide is null ? [] : NotInTitle(asked, guide);
        if (asked.Count > 0)
        {
            var dated = passages.Where(p => p.Document.File == guide!.File && DateOf(p) is not null).ToList();
            var newest = dated.Count == 0 ? 0 : dated.Max(p => DateOf(p)!.Value) / 100;
            var told = HeadingSayingMost(dated.Where(p => DateOf(p)!.Value / 100 == newest).OrderBy(p => p.Ordinal), asked);
            return ReferenceEquals(told, last) ? null : told;
        }
        var ownDate = last.Document.Kind == "guide" && DateOf(last) is not null;
        var later = passages.Where(p => p.Document.Kind == "guide" && (last.Document.Kind != "guide" || p.Document.File == last.Document.File)
            && YearAfter(p, lastDate) && p.Heading.Length > 0).ToList();
        var likes = ranked.Select(h => h.Passage).Where(p => p.Document.Kind == "guide" && DateOf(p) is not null);
        return (ownDate ? likes.Prepend(last) : likes)
            .Select(like => MostAlike(like, later.Where(p => ownDate || p.Document.File == like.Document.File), latest: true))
            .FirstOrDefault(p => p is not null);
    }

    /// <summary>
    /// The section of <paramref name="candidates"/> whose heading says most of the follow-up's own words (<paramref name="asked"/>),
    /// the first in the candidates' order among equals; null when no heading says any.
    /// </summary>
    private static Passage? HeadingSayingMost(IEnumerable<Passage> candidates, IReadOnlyList<string> asked)
    {
        var words = asked.ToHashSet(StringComparer.Ordinal);
        // OrderByDescending is stable: among headings saying as many, the candidates' own order decides.
        return candidates.Select(p => (Passage: p, Shared: KindWords(p.Heading).Count(words.Contains))).Where(a => a.Shared > 0)
            .OrderByDescending(a => a.Shared).Select(a => a.Passage).FirstOrDefault();
    }

    /// <summary>The section of <paramref name="earlier"/> whose heading shares most words with <paramref name="like"/>'s, the latest of those; null when none shares one.</summary>
    private static Passage? MostAlike(Passage like, IEnumerable<Passage> earlier, bool latest = true)
    {
        var kind = KindWords(like.Heading);
        var alike = earlier.Select(p => (Passage: p, Shared: KindWords(p.Heading).Count(kind.Contains))).ToList();
        var most = alike.Count == 0 ? 0 : alike.Max(a => a.Shared);
        var best = alike.Where(a => a.Shared == most);
        return most == 0 ? null
            : (latest ? best.OrderByDescending(a => DateOf(a.Passage)) : best.OrderBy(a => DateOf(a.Passage))).ThenBy(a => a.Passage.Ordinal).First().Passage;
    }

    /// <summary>The dated sections of <paramref name="section"/>'s guide from the same year as it, in the guide's order.</summary>
    public static IEnumerable<Passage> SameYear(Passage section, IEnumerable<Passage> passages) =>
        DateOf(section) is not { } date ? []
            : passages.Where(p => p.Document.File == section.Document.File && DateOf(p) is { } own && own / 100 == date / 100).OrderBy(p => p.Ordinal);

    /// <summary>True when <paramref name="last"/> is a dated guide section and nothing in its guide is dated in a year before it.</summary>
    public static bool IsEarliest(Passage last, IEnumerable<Passage> passages) =>
        DateOf(last) is { } lastDate && last.Document.Kind == "guide"
        && !passages.Any(p => p.Document.File == last.Document.File && YearBefore(p, lastDate));

    /// <summary>
    /// True when the passage is dated in a year before <paramref name="date"/>'s: months are not compared, because a section's
    /// heading dates the inspection (October 2024) and its "Dated:" line the report (December 2024), and the two mix.
    /// </summary>
    private static bool YearBefore(Passage passage, int date) => DateOf(passage) is { } own && own / 100 < date / 100;

    /// <summary>
    /// The follow-up's own words less those of the guide's title ("croydon" in "so is croydon still like that now", of "Ofsted
    /// and Croydon children's services: a timeline"): what the whole timeline is about tells no section of it apart.
    /// </summary>
    private static IReadOnlyList<string> NotInTitle(IReadOnlyList<string> asked, ManifestEntry guide)
    {
        var title = Text.PlainWords.Of(guide.Title).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        return [.. asked.Where(w => !title.Contains(w))];
    }

    /// <summary>True when the passage is dated in a year after <paramref name="date"/>'s (see <see cref="YearBefore"/>).</summary>
    private static bool YearAfter(Passage passage, int date) => DateOf(passage) is { } own && own / 100 > date / 100;

    /// <summary>The words of a heading that say what kind of section it is: no date, no filler.</summary>
    private static HashSet<string> KindWords(string heading) =>
        [.. Text.PlainWords.Of(HeadingDate().Replace(heading, "")).Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !Filler.Contains(w) && !Text.AsciiDigits.In(w))];

    private static int Number(Match match)
    {
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["month"].Success
            ? DateTime.ParseExact(match.Groups["month"].Value, "MMMM", CultureInfo.InvariantCulture).Month
            : 0;
        return year * 100 + month;
    }

    [GeneratedRegex(@"^(?:(?<month>January|February|March|April|May|June|July|August|September|October|November|December) )?(?<year>(?:19|20)[0-9]{2})\b")]
    private static partial Regex HeadingDate();

}
