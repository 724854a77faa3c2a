namespace CroydonBot.Knowledge;

/// <summary>
/// An answer as parts, before any wording: what each cited part says and where it comes from, what has
/// happened since when it is history, and what is left to tell. Replies renders it in dialogs/ wording.
/// </summary>
/// <param name="Parts">The cited parts, in the order they are said; the first is the answer's source.</param>
/// <param name="PassageIds">The passages the parts come from.</param>
/// <param name="Confidence">How sure retrieval is of the answer.</param>
/// <param name="SentencesShown">How far into the first passage the answer has read ("Tell me more" carries on from there).</param>
/// <param name="HasMore">True when the first passage has sentences not yet shown.</param>
/// <param name="Topic">The first part's topic, for staff analytics.</param>
/// <param name="Buttons">Questions the first passage offers as follow-ups (an overview's entries).</param>
/// <param name="SinceThen">What has happened since, said after the parts when one of them is history.</param>
public sealed record ComposedAnswer(
    IReadOnlyList<AnswerPart> Parts,
    IReadOnlyList<string> PassageIds,
    double Confidence,
    int SentencesShown,
    bool HasMore,
    string Topic,
    IReadOnlyList<string> Buttons,
    string? SinceThen = null)
{
    public IReadOnlyList<Citation> Citations => [.. Parts.Select(p => p.Citation)];
}
