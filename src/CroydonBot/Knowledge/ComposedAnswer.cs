namespace CroydonBot.Knowledge;

/// <summary>An answer ready to send: short text with its date and source, the citation, and what is left to tell.</summary>
public sealed record ComposedAnswer(
    string Text,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<string> PassageIds,
    double Confidence,
    int SentencesShown,
    bool HasMore,
    string Topic);
