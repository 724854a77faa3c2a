using CroydonBot.Knowledge;
using CroydonBot.Knowledge.Live;
using CroydonBot.Storage;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AM (stay-am): the hand cascade's reading of a follow-up, weighed by the learned <see cref="FollowUpChoice"/> against the
/// other readings the conversation offers (the follow-up alone, the last answer's section, the enriched reading, sections
/// answered earlier). The model replaces the cascade's pick only when another candidate beats it by the fitted margin; with no
/// model (the setting off) nothing is computed beyond the cascade.
/// </summary>
public sealed partial class ContextualRetrieval
{
    /// <summary>How deep into each reading's hits a candidate's rank is looked for.</summary>
    private const int RankDepth = 8;

    /// <summary>
    /// The result for <paramref name="question"/>, read against <paramref name="context"/> when the
    /// question leans on it; <c>UsedContext</c> says whether it did.
    /// </summary>
    public (RetrievalResult Result, bool UsedContext) Retrieve(KnowledgeSnapshot snapshot, string question, ConversationContext? context)
    {
        var reading = Cascade(snapshot, question, context);
        if (arbiter is not { Active: true } || context is null || context.AskedElsewhere || context.PassageId is null
            || context.Terms.Count + context.Years.Count == 0 || clock.GetUtcNow() - context.At > reader.ContextLifetime)
        {
            return InTheGuides(snapshot, context, reading);
        }
        return InTheGuides(snapshot, context, Weighed(snapshot, question, context, reading));
    }

    /// <summary>
    /// Round AR (follow-ar): a follow-up in a conversation the guides are answering is led by a close guide section rather than a
    /// raw source fragment its few words met by chance (<see cref="GuideKeepsTheConversation"/>). Only within the context's lifetime.
    /// </summary>
    private (RetrievalResult Result, bool UsedContext) InTheGuides(KnowledgeSnapshot snapshot, ConversationContext? context,
        (RetrievalResult Result, bool UsedContext) reading)
    {
        if (context?.PassageId is null || clock.GetUtcNow() - context.At > reader.ContextLifetime)
        {
            return reading;
        }
        return GuideKeepsTheConversation.Led(reading.Result, snapshot.Index.PassageWithId(context.PassageId), options.Value.ConfidenceThreshold) is { } led
            ? (led, reading.UsedContext)
            : reading;
    }

    private (RetrievalResult Result, bool UsedContext) Weighed(KnowledgeSnapshot snapshot, string question, ConversationContext context,
        (RetrievalResult Result, bool UsedContext) reading)
    {
        // The same cleaning the cascade reads the follow-up with: a taken-back word or a reaction is no word of the question.
        question = GuessedAlternative.Without(reader.WithoutAcknowledgement(reader.WithoutTakenBack(question, context.Terms.Concat(context.Subject))), reader.PointsBack);
        var index = snapshot.Index;
        var alone = snapshot.Retrieve(question);
        var enriched = snapshot.Retrieve(EnrichedQuery(question, context, namesYear: false));
        var last = index.PassageWithId(context.PassageId!);
        var kind = QuestionKinds.InConversation(question);
        var asked = new FollowUpChoice.Asked(reader.Read(question), reader.IsShort(question),
            alone.Plan.Years.Count > 0 || Text.AsciiDigits.In(question), kind != QuestionKind.General, reading.UsedContext, alone.Confidence);
        var candidates = new List<FollowUpChoice.Candidate>(4 + context.Earlier.Count);
        var passages = new List<Passage>(4 + context.Earlier.Count);
        void Add(Passage? p, FollowUpChoice.Source from)
        {
            if (p is null)
            {
                return;
            }
            var at = passages.FindIndex(q => q.Id == p.Id);
            if (at >= 0)
            {
                candidates[at] = candidates[at] with { From = candidates[at].From | from };
                return;
            }
            var terms = index.TermsOfId(p.Id);
            passages.Add(p);
            var aloneRank = RankIn(alone, p);
            var hit = aloneRank >= 0 ? alone.Hits[aloneRank] : null;
            candidates.Add(new FollowUpChoice.Candidate(p.Id, from, alone.Plan.Coverage(terms), enriched.Plan.Coverage(terms),
                aloneRank, RankIn(enriched, p), kind != QuestionKind.General && QuestionKinds.Holds(kind, p.Text),
                last is not null && p.Document.File == last.Document.File,
                alone.Plan.Coverage(PassageWords.OfHeading(index.Analyzer, p)), alone.Plan.Coverage(PassageWords.OfNames(index.Analyzer, p)),
                hit?.NeighbourLift ?? 0, hit?.QuestionMatch ?? 0));
        }
        Add(reading.Result.Best?.Passage, FollowUpChoice.Source.Cascade);
        Add(alone.Best?.Passage, FollowUpChoice.Source.Alone);
        Add(last, FollowUpChoice.Source.Last);
        Add(enriched.Best?.Passage, FollowUpChoice.Source.Enriched);
        foreach (var id in context.Earlier)
        {
            Add(index.PassageWithId(id), FollowUpChoice.Source.Earlier);
        }
        var cascadeAt = reading.Result.Best is null ? -1 : 0;
        var all = candidates.ToArray();
        arbiter!.Recorder?.Invoke(question, asked, all, cascadeAt);
        if (arbiter.Model is not { } model || model.Choose(asked, all, cascadeAt) is var chosen && (chosen == cascadeAt || chosen < 0))
        {
            return reading;
        }
        return ReadingOf(snapshot, passages[chosen], all[chosen].From, alone, enriched) ?? reading;
    }

    /// <summary>The reading answering from the chosen section: the follow-up's own when it found it, else led by the section.</summary>
    private (RetrievalResult Result, bool UsedContext)? ReadingOf(KnowledgeSnapshot snapshot, Passage chosen, FollowUpChoice.Source from,
        RetrievalResult alone, RetrievalResult enriched)
    {
        if ((from & FollowUpChoice.Source.Alone) != 0)
        {
            return (alone, false);
        }
        if ((from & FollowUpChoice.Source.Enriched) != 0)
        {
            return (enriched with { Focus = alone.Plan }, true);
        }
        // The plan stays the conversation's reading of the question, as for the pointed thing: the heading search's plan would
        // leave only the heading's words for the next follow-up to lean on.
        return SureLedBy(snapshot, chosen) is { } led ? (led with { Plan = enriched.Plan, Focus = alone.Plan }, true) : null;
    }

    private static int RankIn(RetrievalResult reading, Passage p)
    {
        var hits = reading.Hits;
        for (var i = 0; i < hits.Count && i < RankDepth; i++)
        {
            if (ReferenceEquals(hits[i].Passage, p) || hits[i].Passage.Id == p.Id)
            {
                return i;
            }
        }
        return -1;
    }
}
