namespace CroydonBot.Knowledge;

/// <summary>
/// One way of saying a concept in one field, with its weight. One term scores as a BM25 term query; several
/// score as the better of the phrase (slop <see cref="Slop"/>) and <see cref="AllWordsBoost"/> times the words
/// found apart, as a <c>DisjunctionMaxQuery(0)</c> of a <c>PhraseQuery</c> and a <c>BooleanQuery</c> of MUST
/// terms would, but read from one pass over the postings.
/// </summary>
public sealed record ScoringClause(string Field, IReadOnlyList<string> Terms, float Boost)
{
    /// <summary>"personal (young) adviser" still counts as the phrase.</summary>
    public const int Slop = 3;

    /// <summary>The words of a multi-word way apart count for less than the phrase.</summary>
    public const float AllWordsBoost = 0.6f;
}
