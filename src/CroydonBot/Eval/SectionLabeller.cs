using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Says which passages answer an answerable question nobody labelled by hand: each passage whose own words hold one string
/// of every <c>must_include_any</c> group and none of <c>must_not_include</c>, the yardstick score-batch.py applies to the
/// reply ("a section holding the expected facts", issue 12). Hand labels stay as they are. A question no single passage
/// answers, one with nothing to check, a script, one asked after other messages, or a message holding two questions gets
/// no label: the re-ranker puts one passage first for one question, so only such a question says which one it should be.
/// </summary>
public sealed class SectionLabeller
{
    private readonly IReadOnlyList<Passage> _passages;

    // What a reply built from each passage can show: its heading, its words, its date and what has happened since.
    private readonly string[] _texts;

    public SectionLabeller(IReadOnlyList<Passage> passages)
    {
        _passages = passages;
        _texts = [.. passages.Select(p => string.Join('\n', p.Heading, p.Text, p.DateLabel, p.SinceThen ?? ""))];
    }

    /// <summary>The case with its hand label, or with the passages that hold its expected facts, or null when it has neither.</summary>
    public EvalCase? Labelled(EvalCase c)
    {
        if (c.Expect != "answer" || c.IsScript)
        {
            return null;
        }
        if (c.Section.Count > 0)
        {
            return c;
        }
        var held = Holding(c);
        return held.Count == 0 ? null : c with { Section = [.. held] };
    }

    /// <summary>The ids of the passages holding every expected fact of a single question asked on its own; empty otherwise.</summary>
    public IReadOnlyList<string> Holding(EvalCase c)
    {
        if (c.MustIncludeAny.Count == 0 || c.Context.Count > 0 || QuestionSplitter.Split(c.Question).Count > 1)
        {
            return [];
        }
        var held = new List<string>();
        for (var i = 0; i < _passages.Count; i++)
        {
            if (c.ContentMatches(_texts[i]))
            {
                held.Add(_passages[i].Id);
            }
        }
        return held;
    }
}
