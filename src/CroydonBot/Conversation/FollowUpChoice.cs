using System.Globalization;
using System.Text;
using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AM (stay-am): a learned arbiter between the readings of a follow-up. Each candidate section (the hand cascade's pick,
/// the follow-up read alone, the last answer's section, the enriched reading, sections answered earlier) is described by
/// cheap, general features (where it came from, how much of the follow-up alone and of the enriched query it covers, its rank
/// in each list, whether it holds the kind of fact asked, the follow-up's shape) and scored by a logistic model fitted by
/// <c>train-follow-up-choice</c> (<see cref="Eval.FollowUpChoiceTrainer"/>) on every development follow-up answer turn: the
/// label is whether the section holds the turn's expected words. The table is seeds/follow-up-choice.tsv.
/// </summary>
public sealed class FollowUpChoice
{
    public const string File = "follow-up-choice.tsv";

    /// <summary>Where a candidate came from (bits: a section can be several at once).</summary>
    [Flags]
    public enum Source
    {
        None = 0,
        Cascade = 1,
        Alone = 2,
        Last = 4,
        Enriched = 8,
        Earlier = 16,
    }

    /// <summary>What a follow-up is, read once per turn.</summary>
    public readonly record struct Asked(FollowUpShape Shape, bool Short, bool NamesNumber, bool KindAsked, bool CascadeUsedContext, double AloneConfidence);

    /// <summary>One candidate section's side.</summary>
    public readonly record struct Candidate(string PassageId, Source From, double AloneCoverage, double EnrichedCoverage, int AloneRank, int EnrichedRank, bool HoldsKind, bool SameGuide,
        double HeadingCoverage, double NamesCoverage, double NeighbourLift, double QuestionMatch);

    private static readonly string[] s_names =
    [
        "bias", "cascade", "alone", "last", "enriched", "earlier",
        "alone-coverage", "enriched-coverage", "alone-rank", "enriched-rank", "holds-kind", "lacks-kind", "same-guide",
        "cascade*used-context", "alone*alone-confidence", "last*reference", "last*continuation", "last*none", "alone*reference",
        "alone*continuation", "alone*none", "last*names-number", "last*short", "alone*short", "cascade*alone-coverage",
        "last*alone-coverage", "earlier*alone-coverage", "alone*new-topic",
        "agreement", "cascade-only", "enriched*enriched-coverage", "alone*sure", "last*holds-kind", "alone*holds-kind",
        "enriched*holds-kind", "cascade*holds-kind", "earlier*same-guide", "cascade*short", "cascade*reference", "cascade*continuation",
        "heading-coverage", "names-coverage", "neighbour-lift", "question-match", "cascade*names-coverage", "last*names-coverage",
    ];

    /// <summary>How many weights the score has.</summary>
    public static int Length => s_names.Length;

    private readonly double[] _weights;

    public FollowUpChoice(double[] weights, double margin)
    {
        if (weights.Length != Length)
        {
            throw new InvalidDataException($"{File}: {weights.Length} weights, expected {Length}");
        }
        _weights = weights;
        Margin = margin;
    }

    /// <summary>How far (in log-odds) another candidate must beat the cascade's pick to replace it; fitted leave-one-batch-out.</summary>
    public double Margin { get; }

    /// <summary>The features of one candidate into <paramref name="into"/> (length <see cref="Length"/>): no allocation per call.</summary>
    public static void Features(in Asked asked, in Candidate c, Span<double> into)
    {
        var cascade = (c.From & Source.Cascade) != 0 ? 1.0 : 0;
        var alone = (c.From & Source.Alone) != 0 ? 1.0 : 0;
        var last = (c.From & Source.Last) != 0 ? 1.0 : 0;
        var enriched = (c.From & Source.Enriched) != 0 ? 1.0 : 0;
        var earlier = (c.From & Source.Earlier) != 0 ? 1.0 : 0;
        var reference = asked.Shape == FollowUpShape.Reference ? 1.0 : 0;
        var continuation = asked.Shape == FollowUpShape.Continuation ? 1.0 : 0;
        var none = asked.Shape == FollowUpShape.None ? 1.0 : 0;
        var newTopic = asked.Shape == FollowUpShape.NewTopic ? 1.0 : 0;
        var isShort = asked.Short ? 1.0 : 0;
        into[0] = 1;
        into[1] = cascade;
        into[2] = alone;
        into[3] = last;
        into[4] = enriched;
        into[5] = earlier;
        into[6] = c.AloneCoverage;
        into[7] = c.EnrichedCoverage;
        into[8] = c.AloneRank < 0 ? 0 : 1.0 / (1 + c.AloneRank);
        into[9] = c.EnrichedRank < 0 ? 0 : 1.0 / (1 + c.EnrichedRank);
        into[10] = asked.KindAsked && c.HoldsKind ? 1 : 0;
        into[11] = asked.KindAsked && !c.HoldsKind ? 1 : 0;
        into[12] = c.SameGuide ? 1 : 0;
        into[13] = cascade * (asked.CascadeUsedContext ? 1 : 0);
        into[14] = alone * asked.AloneConfidence;
        into[15] = last * reference;
        into[16] = last * continuation;
        into[17] = last * none;
        into[18] = alone * reference;
        into[19] = alone * continuation;
        into[20] = alone * none;
        into[21] = last * (asked.NamesNumber ? 1 : 0);
        into[22] = last * isShort;
        into[23] = alone * isShort;
        into[24] = cascade * c.AloneCoverage;
        into[25] = last * c.AloneCoverage;
        into[26] = earlier * c.AloneCoverage;
        into[27] = alone * newTopic;
        // How many readings agree on the section, and a pick only the cascade's own rules made (the pointed thing, a kind nearby).
        var agreement = cascade + alone + last + enriched + earlier;
        into[28] = agreement / 5;
        into[29] = cascade * (agreement == 1 ? 1 : 0);
        into[30] = enriched * c.EnrichedCoverage;
        into[31] = alone * (asked.AloneConfidence >= SureAlone ? 1 : 0);
        var holds = into[10];
        into[32] = last * holds;
        into[33] = alone * holds;
        into[34] = enriched * holds;
        into[35] = cascade * holds;
        into[36] = earlier * (c.SameGuide ? 1 : 0);
        into[37] = cascade * isShort;
        into[38] = cascade * reference;
        into[39] = cascade * continuation;
        // What the section is named and asked by (heading, Questions lines) against the follow-up's own words, and the neighbour
        // vote and question match the follow-up alone gave it.
        into[40] = c.HeadingCoverage;
        into[41] = c.NamesCoverage;
        into[42] = c.NeighbourLift;
        into[43] = c.QuestionMatch;
        into[44] = cascade * c.NamesCoverage;
        into[45] = last * c.NamesCoverage;
    }

    /// <summary>The bot's own answering threshold: the follow-up alone above it could stand alone.</summary>
    private const double SureAlone = 0.5;

    /// <summary>The candidate's log-odds of holding what was asked.</summary>
    public double Score(in Asked asked, in Candidate c)
    {
        Span<double> x = stackalloc double[Length];
        Features(asked, c, x);
        var z = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            z += _weights[i] * x[i];
        }
        return z;
    }

    /// <summary>
    /// The index of the candidate to answer from: the cascade's pick (<paramref name="cascadeAt"/>) unless another scores above it
    /// by more than <see cref="Margin"/>.
    /// </summary>
    public int Choose(in Asked asked, ReadOnlySpan<Candidate> candidates, int cascadeAt)
    {
        var keep = cascadeAt >= 0 ? Score(asked, candidates[cascadeAt]) : double.NegativeInfinity;
        var best = cascadeAt;
        var bestScore = keep + Margin;
        for (var i = 0; i < candidates.Length; i++)
        {
            if (i == cascadeAt)
            {
                continue;
            }
            var s = Score(asked, candidates[i]);
            if (s > bestScore)
            {
                best = i;
                bestScore = s;
            }
        }
        return best;
    }

    public static string NameOf(int index) => s_names[index];

    /// <summary>The table: a margin line, then index, name, weight per line (rounded to four places, so the same data writes the same file).</summary>
    public static string Write(IReadOnlyList<double> weights, double margin)
    {
        var text = new StringBuilder();
        text.AppendLine("# Round AM (stay-am): follow-up choice, written by train-follow-up-choice; margin then index, name, weight.");
        text.Append("margin\t").AppendLine(WeightTable.Format(margin));
        WeightTable.AppendRows(text, weights, NameOf);
        return text.ToString();
    }

    public static double Rounded(double weight) => WeightTable.Rounded(weight);

    public static FollowUpChoice Read(string path)
    {
        var (weights, named) = WeightTable.Read(path, Length);
        return new FollowUpChoice(weights, named.TryGetValue("margin", out var margin) ? margin : double.PositiveInfinity);
    }
}

/// <summary>
/// Round AM (stay-am): the follow-up choice the conversation consults: the model (null when switched off) and, for the trainer,
/// a recorder that sees every follow-up's candidates. One per process, swapped by the trainer between folds.
/// </summary>
public sealed class FollowUpArbiter
{
    public FollowUpArbiter(FollowUpChoice? model = null) => Model = model;

    /// <summary>The model that may override the cascade; null leaves the cascade alone.</summary>
    public FollowUpChoice? Model { get; set; }

    /// <summary>Sees each follow-up's candidates (the trainer's replay); null in the running bot.</summary>
    public Action<string, FollowUpChoice.Asked, FollowUpChoice.Candidate[], int>? Recorder { get; set; }

    public bool Active => Model is not null || Recorder is not null;
}
