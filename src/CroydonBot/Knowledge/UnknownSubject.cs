namespace CroydonBot.Knowledge;

/// <summary>
/// Whether a question is mostly about something the knowledge base never mentions. "How do I apply for PIP?"
/// shares "apply" with the bus pass section and would be answered from it, confidently and uselessly; when at
/// least as many of the question's ideas are words the index has never seen as ideas it knows, the honest
/// reply is "I don't know". Counted, not weighed: an unseen word gets the highest weight there is, so one
/// incidental word ("my flatmate", "anything nice") would outweigh the two ideas the question is really about.
/// </summary>
public static class UnknownSubject
{
    public static bool Dominates(QueryPlan plan)
    {
        var (unknown, known) = Count(plan);
        return unknown > 0 && unknown >= known;
    }

    /// <summary>How many of the question's ideas are unseen subjects and how many are known ones, as <see cref="Dominates"/> counts them.</summary>
    public static (int Unknown, int Known) Count(QueryPlan plan)
    {
        var (unknown, known) = (0, 0);
        foreach (var concept in plan.Concepts)
        {
            if (concept.Context || concept.Unknown && concept.Spread)
            {
                // The story around a question ("my mate", "buzzing") is not what it asks about, nor an unseen word the
                // labelled questions show is said around questions on every section alike (WordSpread; a word in fewer
                // than WordSpreadTrainer.MinQuestions of them, such as "genuinely", is not in the table). A known idea
                // stays known however spread: "care leaver" is in questions on every section, and still no unknown thing.
                continue;
            }
            // Numbers are not subjects ("is it still 41%?" is about what holds the 41), and one or two letters
            // are too often initials or typing slips to decide anything.
            if (concept.Unknown && concept.Surface.Length >= 3 && !concept.Surface.Any(char.IsDigit))
            {
                unknown++;
            }
            else if (!concept.Unknown)
            {
                known++;
            }
        }
        return (unknown, known);
    }
}
