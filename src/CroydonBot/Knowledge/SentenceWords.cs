namespace CroydonBot.Knowledge;

/// <summary>
/// One sentence of a passage with what reading it needs: its text (for the patterns that tell a question's kind), its
/// distinct analysed terms and the years it names. See <see cref="PassageWords.OfSentences"/>.
/// </summary>
public sealed record SentenceWords(string Text, IReadOnlySet<string> Terms, IReadOnlyList<int> Years);
