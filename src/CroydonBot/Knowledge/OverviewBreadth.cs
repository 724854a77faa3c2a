namespace CroydonBot.Knowledge;

/// <summary>
/// Whether a question is as broad as an overview section (one with buttons, "What you can get as a care leaver: the main
/// things"): it asks what help, support or entitlements there are and names no one of them. An overview names every
/// entitlement in its list, so by its body it shares words with nearly every question; what says which questions it
/// answers is its heading and its own alternative questions ("what am i entitled to", "what am i owed when i leave care").
/// A question whose every idea is among those (taken together, not one alternative at a time: "what am i entitled to when i
/// leave care" says two of them at once) asks the overview's question; one idea more ("housing", "uni", an unseen word)
/// names something narrower, which the section about it answers, and so does asking for a kind of fact (a date, an amount).
/// </summary>
public sealed class OverviewBreadth(KnowledgeIndex index)
{
    // Per passage number, the terms of its heading and of each alternative question; built on first use, overviews only.
    private readonly Dictionary<int, IReadOnlyList<IReadOnlyList<string>>> _askedLines = [];
    private readonly Lock _lock = new();

    /// <summary>True when passage <paramref name="number"/> is an overview and <paramref name="plan"/> asks no more than it does.</summary>
    public bool IsBroadFor(QueryPlan plan, int number)
    {
        var passage = index.Passages[number];
        // A list of what there is gives no amount, person, age or frequency: "who made it" asks for one about something
        // particular, even when the conversation's words added to it are the overview's own. "when" is left in: "what do i get
        // when i leave care" says when as a condition, not as the fact asked.
        // Nor a judgement: "how did care leavers do" asks what Ofsted found, though "care leaver" is all it names.
        // One idea alone ("how did care leavers do", "care leavers?") is too vague to call broad: it ties sections of
        // different guides, which the conversation settles (ContextualRetrieval), and a question saying an overview's own
        // one-idea question whole ("what am i entitled to") is already not discounted.
        if (passage.Buttons.Count == 0 || plan.Concepts.Count < 2 || QuestionKinds.Of(plan.Question) is not (QuestionKind.General or QuestionKind.When)
            || QuestionKinds.AsksARating(plan.Question))
        {
            return false;
        }
        var lines = AskedLines(number, passage);
        for (var c = 0; c < plan.Concepts.Count; c++)
        {
            // Every idea, the story's too: "my landlord wants me out, what help do care leavers get" asks about housing.
            if (plan.Concepts[c].Unknown || !SaidIn(plan.Concepts[c], lines))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when the overview says the idea as typed or by another name, as a phrase in one of its lines, not only a shortened
    /// form of it or its words apart: "croydon cares app" may be searched as "croydon care" too, and "what do care leavers get
    /// in croydon" holds both words, yet neither it nor any line says "croydon care(s)".
    /// </summary>
    private static bool SaidIn(QueryConcept concept, IReadOnlyList<IReadOnlyList<string>> lines)
    {
        var typed = concept.Alternatives[0];
        for (var a = 0; a < concept.Alternatives.Count; a++)
        {
            var alternative = concept.Alternatives[a];
            var shortened = a > 0 && alternative.Count < typed.Count && alternative.All(typed.Contains);
            if (!shortened && lines.Any(line => Says(line, alternative)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when <paramref name="phrase"/>'s terms come one after another in <paramref name="line"/>.</summary>
    private static bool Says(IReadOnlyList<string> line, IReadOnlyList<string> phrase)
    {
        for (var start = 0; start + phrase.Count <= line.Count; start++)
        {
            var i = 0;
            while (i < phrase.Count && string.Equals(line[start + i], phrase[i], StringComparison.Ordinal))
            {
                i++;
            }
            if (i == phrase.Count)
            {
                return true;
            }
        }
        return false;
    }

    private IReadOnlyList<IReadOnlyList<string>> AskedLines(int number, Passage passage)
    {
        lock (_lock)
        {
            if (!_askedLines.TryGetValue(number, out var lines))
            {
                lines = [.. new[] { passage.Heading }.Concat(passage.Questions).Select(line => index.Analyzer.Terms(line))];
                _askedLines[number] = lines;
            }
            return lines;
        }
    }
}
