namespace CroydonBot.Knowledge.Live;

/// <summary>
/// Phrasings staff approved for a section (and any other <see cref="IPassageQuestionSource"/>). The phrasing is
/// also indexed as one of the section's questions, but ranking weighs it with everything else; when someone asks
/// exactly an approved phrasing (same words, any case or punctuation), the answer comes from the section a person
/// chose for it. Retrieval itself is untouched.
/// </summary>
public sealed class TaughtPhrasings
{
    private readonly Dictionary<string, int> _passageByPhrasing = new(StringComparer.Ordinal);
    private readonly KnowledgeIndex _index;

    public TaughtPhrasings(KnowledgeIndex index, IEnumerable<(string PassageId, string Question)> phrasings)
    {
        _index = index;
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < index.Passages.Count; i++)
        {
            numbers[index.Passages[i].Id] = i;
        }
        foreach (var (passageId, question) in phrasings)
        {
            // The latest approval of a phrasing wins: sources list them oldest first.
            if (numbers.TryGetValue(passageId, out var number) && Key(question) is { Length: > 0 } key)
            {
                _passageByPhrasing[key] = number;
            }
        }
    }

    public int Count => _passageByPhrasing.Count;

    /// <summary>The result with only the taught section, when the question is a taught phrasing; otherwise unchanged.</summary>
    public RetrievalResult Apply(string question, RetrievalResult result)
    {
        if (!_passageByPhrasing.TryGetValue(Key(question), out var number))
        {
            return result;
        }
        // The chosen section alone: the composer takes its best sentence from any close hit, and a person chose this one.
        var taught = new ScoredPassage(_index.Passages[number], number, result.Best?.Score ?? 1, 1.0);
        return result with { Hits = [taught] };
    }

    private static string Key(string text) => Text.PlainWords.Of(text);
}
