namespace CroydonBot.Knowledge;

/// <summary>
/// One idea in a question ("personal adviser"), with every way of saying it as analysed term sequences
/// (the words typed first, then synonyms), and how rare, so informative, it is in the knowledge base.
/// </summary>
public sealed record QueryConcept(string Surface, IReadOnlyList<IReadOnlyList<string>> Alternatives, double Weight)
{
    /// <summary>
    /// True when no way of saying this concept is in the knowledge base at all (not even after spelling
    /// correction): a question that is mostly about such a thing is about something the guides never cover.
    /// </summary>
    public bool Unknown { get; init; }

    /// <summary>
    /// True when only the story around a message's question names this idea (<see cref="QuestionFocus"/>): it weighs
    /// less, and an unseen word in the story says nothing about whether the question is one the guides cover.
    /// </summary>
    public bool Context { get; init; }

    /// <summary>
    /// True when the words as typed are known to be said around questions on any section alike (<see cref="WordSpread"/>):
    /// "genuinely", "reckons". Unseen in the guides or not, such a word says nothing about whether the guides cover the question.
    /// </summary>
    public bool Spread { get; init; }

    /// <summary>
    /// True when a passage holds every term of at least one way of saying this concept, in
    /// <paramref name="terms"/> or in <paramref name="more"/> (context every sentence of a passage shares).
    /// </summary>
    public bool IsIn(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null)
    {
        // Indexed loops, not LINQ or foreach: over these interfaces both allocate, and this runs for every
        // concept of every sentence of every candidate passage.
        for (var a = 0; a < Alternatives.Count; a++)
        {
            if (HasAll(Alternatives[a], terms, more))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when a passage holds the words as typed (the first way), not only a synonym.</summary>
    public bool IsInAsTyped(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null) => HasAll(Alternatives[0], terms, more);

    /// <summary><see cref="IsIn"/> and <see cref="IsInAsTyped"/> together, the typed way looked up once.</summary>
    public (bool IsIn, bool AsTyped) Holds(IReadOnlySet<string> terms, IReadOnlySet<string>? more = null)
    {
        if (Alternatives.Count == 0)
        {
            return (false, false);
        }
        if (HasAll(Alternatives[0], terms, more))
        {
            return (true, true);
        }
        for (var a = 1; a < Alternatives.Count; a++)
        {
            if (HasAll(Alternatives[a], terms, more))
            {
                return (true, false);
            }
        }
        return (false, false);
    }

    private static bool HasAll(IReadOnlyList<string> alternative, IReadOnlySet<string> terms, IReadOnlySet<string>? more)
    {
        for (var t = 0; t < alternative.Count; t++)
        {
            if (!terms.Contains(alternative[t]) && (more is null || !more.Contains(alternative[t])))
            {
                return false;
            }
        }
        return true;
    }
}
