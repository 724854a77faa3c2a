using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// A clause that names what a question is NOT about: "how did ofsted rate care leavers, not the whole council",
/// "is there an advice line i can ring, not the council", "what grade did they give, not the overall one". Young
/// people add it to narrow the question, and read as ideas like the rest its words (council, whole, overall) pulled the
/// answer to the very thing they ruled out. Only a clause opening with "not the/a/my/just" after a break, or opening the
/// message ("not the overall grade, just fostering - what did they get"), counts: "im 22 and not in uni" says who asks, and
/// that is part of the question.
/// </summary>
public static partial class ExcludedClause
{
    /// <summary>The positions of <paramref name="words"/> (plain, lower case, as the planner reads them) a "not the X" clause rules out.</summary>
    public static bool[] Words(IReadOnlyList<string> words, string question)
    {
        var excluded = new bool[words.Count];
        foreach (Match m in Clause().Matches(question))
        {
            // The ruled-out words as the planner spells them; the first of each after the clause's start is marked.
            var ruledOut = CroydonBot.Text.PlainWords.Split(m.Groups["excluded"].Value).ToList();
            var before = CroydonBot.Text.PlainWords.Split(question[..m.Groups["excluded"].Index]).Count();
            for (var i = Math.Min(before, words.Count); i < words.Count && ruledOut.Count > 0; i++)
            {
                var at = ruledOut.IndexOf(words[i]);
                if (at >= 0)
                {
                    excluded[i] = true;
                    ruledOut.RemoveAt(at);
                }
            }
        }
        return excluded;
    }

    // At the start, or after a comma, dash or semicolon (and "like" or "but"), "not" with a determiner, up to "just"/"only"
    // (what is asked instead), the next break or the end. Said first, the ruled-out thing comes before the question itself.
    [GeneratedRegex(@"(?:^|[,;\u2013\u2014-])\s*(?:(?:like|but|and|so)\s+)?not\s+(?:just\s+)?(?:the|a|an|my|our|your)\s+(?<excluded>[^,.;:?!]+?)(?=\s+(?:just|only|but)\b|\s*[,.;:?!]|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Clause();
}
