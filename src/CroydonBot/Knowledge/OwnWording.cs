namespace CroydonBot.Knowledge;

/// <summary>
/// The topic words of every passage's heading and own questions, each set as one key: a question whose topic words are
/// exactly one of them says a section's own wording whole (an "Also about" button is its heading; a suggested question
/// is one of its questions). What other people's questions voted for (<see cref="NeighbourQuestions"/>) must not
/// outweigh a section that the question names in its own words.
/// </summary>
public sealed class OwnWording
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <param name="wordings">Each heading's and question's term numbers.</param>
    /// <param name="isQuestionWord">Whether a term number is a word that shapes any question ("what", "about").</param>
    public OwnWording(IEnumerable<TermSet> wordings, Func<int, bool> isQuestionWord)
    {
        foreach (var wording in wordings)
        {
            var topic = new List<int>();
            foreach (var number in wording.Numbers)
            {
                if (!isQuestionWord(number))
                {
                    topic.Add(number);
                }
            }
            if (topic.Count > 0)
            {
                _keys.Add(Key(TermSet.Of(topic)));
            }
        }
    }

    /// <summary>Whether <paramref name="topic"/> (a question's topic terms) is some heading's or own question's topic terms, no more, no fewer.</summary>
    public bool Says(TermSet topic) => topic.Count > 0 && _keys.Contains(Key(topic));

    private static string Key(TermSet terms) => string.Join(',', terms.Numbers.ToArray());
}
