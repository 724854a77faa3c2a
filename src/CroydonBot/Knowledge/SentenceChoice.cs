using System.Globalization;
using System.Text;

namespace CroydonBot.Knowledge;

/// <summary>
/// Round AL (sent-al): the learned choice of the sentence that leads an answer from the section already found. A linear score
/// over what the question asks (its kind: when, how much, who...; its form: yes-no, why, how, what-if, still/now) against
/// what each sentence holds (the kinds of fact it holds, a negation, a limit, what holds now, a year, a list item, a number,
/// money), the question's words it holds (coverage, as typed) and its place in the section. Fitted by
/// <c>train-sentence-choice</c> (<see cref="Eval.SentenceChoiceTrainer"/>) on every development answer turn: the label is
/// whether a sentence holds an expected substring. The table is seeds/sentence-choice.tsv.
/// </summary>
public sealed class SentenceChoice
{
    public const string File = "sentence-choice.tsv";

    /// <summary>The question's form, beside its kind: what a yes-no or a why question is answered by differs from a "what".</summary>
    public enum Form { None, YesNo, Why, How, WhatIf, Now }

    /// <summary>What a sentence says besides the kinds of fact <see cref="QuestionKinds.Holds"/> reads (bits of <see cref="Row.Signals"/>).</summary>
    [Flags]
    public enum Signal
    {
        None = 0,
        Negation = 1,
        Limit = 2,
        Current = 4,
        Year = 8,
        ListItem = 16,
        LeadIn = 32,
        Digit = 64,
        Money = 128,
    }

    private const int Forms = 6;
    private const int Signals = 8;
    private static readonly int s_kinds = Enum.GetValues<QuestionKind>().Length;

    /// <summary>Coverage, typed coverage, first, position, wanted kind, asked age covered, length, now said for a still/now question.</summary>
    private const int Base = 8;
    private const int FormStart = Base;
    private static readonly int s_kindStart = FormStart + Forms * Signals;

    /// <summary>How many weights the score has.</summary>
    public static int Length { get; } = s_kindStart + s_kinds * (s_kinds - 1);

    /// <summary>The question's side of the score, read once per answer.</summary>
    public readonly record struct Asked(QuestionKind Kind, Form Form, bool AsksNow);

    /// <summary>One sentence's side: what the composer already reads of it, and its signals.</summary>
    public readonly record struct Row(double Coverage, double Typed, int Index, bool Wanted, bool AgeCovered, double Length, int Signals, uint Kinds);

    private readonly double[] _weights;

    public SentenceChoice(double[] weights)
    {
        if (weights.Length != Length)
        {
            throw new InvalidDataException($"{File}: {weights.Length} weights, expected {Length}");
        }
        _weights = weights;
    }

    /// <summary>Today's hand weights of the lead choice within the top section (<c>AnswerComposer.BestSentence</c>), as a table.</summary>
    public static double[] HandWeights()
    {
        var w = new double[Length];
        w[0] = 0.5;
        w[1] = 0.1;
        w[3] = -0.1;
        w[4] = 0.15;
        w[5] = 0.15;
        return w;
    }

    public IReadOnlyList<double> Weights => _weights;

    public double Score(in Asked asked, in Row row) => Score(_weights, asked, row);

    /// <summary>The score of one sentence: no allocation, a few dozen multiplications.</summary>
    public static double Score(double[] w, in Asked asked, in Row row)
    {
        var s = w[0] * row.Coverage + w[1] * row.Typed + (row.Index == 0 ? w[2] : 0) + w[3] * Math.Min(row.Index, 10) / 10.0
            + (row.Wanted ? w[4] : 0) + (row.AgeCovered ? w[5] : 0) + w[6] * row.Length
            + (asked.AsksNow && (row.Signals & (int)Signal.Current) != 0 ? w[7] : 0);
        var form = FormStart + (int)asked.Form * Signals;
        for (var b = 0; b < Signals; b++)
        {
            if ((row.Signals & (1 << b)) != 0)
            {
                s += w[form + b];
            }
        }
        var kind = s_kindStart + (int)asked.Kind * (s_kinds - 1);
        for (var k = 1; k < s_kinds; k++)
        {
            if ((row.Kinds & (1u << k)) != 0)
            {
                s += w[kind + k - 1];
            }
        }
        return s;
    }

    /// <summary>The most features a row can set: the base, every signal and every kind held.</summary>
    public static int MaxActive { get; } = Base + Signals + s_kinds;

    /// <summary>
    /// The features of <paramref name="row"/> that are not zero, as indices and values (the trainer's sparse rows); the score is
    /// the sum of their weights times their values, as <see cref="Score(double[], in Asked, in Row)"/> computes it.
    /// </summary>
    public static int Active(in Asked asked, in Row row, Span<int> index, Span<double> value)
    {
        var n = 0;
        void Add(int i, double v, Span<int> index, Span<double> value)
        {
            if (v != 0)
            {
                index[n] = i;
                value[n] = v;
                n++;
            }
        }
        Add(0, row.Coverage, index, value);
        Add(1, row.Typed, index, value);
        Add(2, row.Index == 0 ? 1 : 0, index, value);
        Add(3, Math.Min(row.Index, 10) / 10.0, index, value);
        Add(4, row.Wanted ? 1 : 0, index, value);
        Add(5, row.AgeCovered ? 1 : 0, index, value);
        Add(6, row.Length, index, value);
        Add(7, asked.AsksNow && (row.Signals & (int)Signal.Current) != 0 ? 1 : 0, index, value);
        var form = FormStart + (int)asked.Form * Signals;
        for (var b = 0; b < Signals; b++)
        {
            Add(form + b, (row.Signals & (1 << b)) != 0 ? 1 : 0, index, value);
        }
        var kind = s_kindStart + (int)asked.Kind * (s_kinds - 1);
        for (var k = 1; k < s_kinds; k++)
        {
            Add(kind + k - 1, (row.Kinds & (1u << k)) != 0 ? 1 : 0, index, value);
        }
        return n;
    }

    /// <summary>The form of a question: what-if, why, how, yes-no, still/now, or none.</summary>
    public static Form FormOf(string question, bool asksNow)
    {
        var q = question.TrimStart();
        const StringComparison IgnoreCase = StringComparison.OrdinalIgnoreCase;
        if (q.StartsWith("if ", IgnoreCase) || q.Contains("what if", IgnoreCase)
            || q.Contains("wat if", IgnoreCase) || q.Contains("what happens if", IgnoreCase))
        {
            return Form.WhatIf;
        }
        if (q.StartsWith("why", IgnoreCase) || q.Contains("how come", IgnoreCase) || q.Contains(" why", IgnoreCase))
        {
            return Form.Why;
        }
        if ((q.StartsWith("how ", IgnoreCase) || q.StartsWith("hw ", IgnoreCase) || q.StartsWith("how do", IgnoreCase))
            && !q.StartsWith("how much", IgnoreCase) && !q.StartsWith("how many", IgnoreCase)
            && !q.StartsWith("how often", IgnoreCase) && !q.StartsWith("how long", IgnoreCase) && !q.StartsWith("how old", IgnoreCase))
        {
            return Form.How;
        }
        if (QuestionKinds.IsYesNo(q))
        {
            return Form.YesNo;
        }
        return asksNow ? Form.Now : Form.None;
    }

    /// <summary>The signals a sentence holds (<see cref="Signal"/>); the caller remembers them per sentence.</summary>
    public static int SignalsOf(string sentence, bool limit)
    {
        var s = 0;
        if (sentence.Contains(" not ", StringComparison.OrdinalIgnoreCase) || sentence.Contains("n't", StringComparison.Ordinal)
            || sentence.Contains("n\u2019t", StringComparison.Ordinal) || sentence.StartsWith("No ", StringComparison.Ordinal)
            || sentence.Contains(" no ", StringComparison.OrdinalIgnoreCase) || sentence.Contains(" never ", StringComparison.OrdinalIgnoreCase))
        {
            s |= (int)Signal.Negation;
        }
        if (limit)
        {
            s |= (int)Signal.Limit;
        }
        if (CurrentPosition.Says(sentence))
        {
            s |= (int)Signal.Current;
        }
        if (Text.Years.In(sentence))
        {
            s |= (int)Signal.Year;
        }
        if (sentence.StartsWith("- ", StringComparison.Ordinal))
        {
            s |= (int)Signal.ListItem;
        }
        if (sentence.TrimEnd().EndsWith(':'))
        {
            s |= (int)Signal.LeadIn;
        }
        foreach (var c in sentence)
        {
            if (char.IsAsciiDigit(c))
            {
                s |= (int)Signal.Digit;
            }
            else if (c == '£')
            {
                s |= (int)Signal.Money;
            }
        }
        return s;
    }

    /// <summary>The weights as the table file holds them.</summary>
    public static string Write(double[] weights, string source)
    {
        var text = new StringBuilder();
        text.AppendLine("# Written by train-sentence-choice; do not edit by hand (a unit test checks it is what the data trains).");
        text.AppendLine(CultureInfo.InvariantCulture, $"# {source}");
        text.AppendLine("# index\tfeature\tweight");
        WeightTable.AppendRows(text, weights, NameOf);
        return text.ToString();
    }

    /// <summary>A weight as the table keeps it: four places, so the same data always writes the same file.</summary>
    public static double Rounded(double weight) => WeightTable.Rounded(weight);

    public static SentenceChoice Read(string path) => new(WeightTable.Read(path, Length).Weights);

    private static readonly string[] s_base = ["coverage", "typed", "first", "position", "wanted", "age-covered", "length", "now-current"];

    /// <summary>A readable name for weight <paramref name="i"/>, for the table.</summary>
    public static string NameOf(int i)
    {
        if (i < Base)
        {
            return s_base[i];
        }
        if (i < s_kindStart)
        {
            var f = (i - FormStart) / Signals;
            var b = (i - FormStart) % Signals;
            return $"{(Form)f}x{(Signal)(1 << b)}";
        }
        var k = (i - s_kindStart) / (s_kinds - 1);
        var h = (i - s_kindStart) % (s_kinds - 1) + 1;
        return $"asks-{(QuestionKind)k}xholds-{(QuestionKind)h}";
    }
}
