using System.Text.RegularExpressions;

namespace CroydonBot.Replies;

/// <summary>
/// Finds a question's subject that lies outside the knowledge documents: a nation, regulator or service named by a topic of
/// dialogs/out-of-scope.yaml (<see cref="OutOfScopeData.Topic.Subjects"/>) that the documents never speak of, or only in
/// passing. "What do care leavers get in wales" shares every other word with the English guides and would be answered with
/// England's rules; the subject decides what the question is about. Whether the documents speak of a name is asked of them
/// (the spokenOf argument of <see cref="Match"/>), not written here, so a section added about it lifts the decline.
/// </summary>
public sealed class OutsideSubjectMatcher
{
    private readonly List<(OutOfScopeData.Topic Topic, Regex Names)> _topics;

    public OutsideSubjectMatcher(OutOfScopeData data) =>
        _topics = [.. data.Topics.Where(t => t.Subjects.Count > 0).Select(t => (t, Compile(t.Subjects)))];

    /// <summary>
    /// The first topic one of whose subjects <paramref name="text"/> names and <paramref name="spokenOf"/> says the documents
    /// do not speak of, with the subject as typed in the data file; null when there is none.
    /// </summary>
    public (OutOfScopeData.Topic Topic, string Subject)? Match(string text, Func<string, bool> spokenOf)
    {
        // Read as OutOfScopeMatcher reads a message, so a subject is found in the same text its patterns see.
        var normalised = OutOfScopeText.Normalise(text);
        foreach (var (topic, names) in _topics)
        {
            try
            {
                foreach (Match m in names.Matches(normalised))
                {
                    if (!spokenOf(m.Value))
                    {
                        return (topic, m.Value);
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A list of plain names is read in one pass; only a pathological paste outlasts the limit, and unread is not
                // matched: the knowledge base, with its own "I don't know", answers.
            }
        }
        return null;
    }

    // Whole words only, the longest name first so "northern ireland" is the subject, not "ireland". A name is plain words,
    // escaped: staff write names, not patterns. Compiled: every message that reaches the out-of-scope step is read by each
    // topic's list (about 1% of an uncached turn interpreted), and there are only a few lists to compile at start-up; the
    // compiled engine finds the same matches as the interpreter.
    private static Regex Compile(IEnumerable<string> subjects) =>
        new(@"\b(" + string.Join('|', subjects.Select(s => OutOfScopeText.Normalise(s).Trim()).OrderByDescending(s => s.Length).Select(Regex.Escape)) + @")\b",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, OutOfScopeMatcher.Timeout);
}
