using System.Globalization;
using System.Text;
using CroydonBot.Knowledge;

namespace CroydonBot.Eval;

/// <summary>
/// Learns <see cref="WordSpread"/> from questions whose answering sections are known: the guides' alternative questions
/// (each its own section's) and every development batch's answerable questions (hand labels, else the sections holding
/// their expected facts, <see cref="SectionLabeller"/>). A word is spread when its questions land on about as many
/// different sections as the same number of questions picked at random would: then it tells nothing about which
/// section answers, whatever its rarity in the guides. A subject word's questions crowd onto a few sections.
/// </summary>
public static class WordSpreadTrainer
{
    /// <summary>Fewer questions than this say too little about a word to weigh it down.</summary>
    public const int MinQuestions = 3;

    /// <summary>
    /// How many questions' worth of the sections' overall shares a word's own counts are mixed with: a word seen in
    /// four questions on four sections has not shown it is spread, nor one seen in two on one section that it is a subject.
    /// </summary>
    public const double PriorQuestions = 5;

    /// <summary>
    /// What a word tells about the section (nats) at or above which it weighs its whole rarity. Subject words of one
    /// section ("bursary", "gym") tell 1.5 to 2.5; "ofsted" and "ambassador", which pick a guide of three, about 0.5.
    /// </summary>
    public const double SubjectInformation = 0.6;

    /// <summary>What is left of the rarity of a word that tells nothing: a passage holding it still fits a little better.</summary>
    public const double Floor = 0.3;

    /// <summary>One labelled question: its text and the sections that answer it.</summary>
    public sealed record Labelled(string Text, IReadOnlySet<string> Sections, string Batch = "guide");

    /// <summary>What was learned of one term: how many questions hold it, on how many sections, what it tells (nats) and its factor.</summary>
    public sealed record Spread(string Term, int Questions, int Sections, double Information, double Factor);

    /// <summary>The development files it learns from: every batch's single questions (scripts carry no one section).</summary>
    public static IReadOnlyList<string> TrainingFiles(string evalFolder) =>
        [.. Directory.EnumerateFiles(evalFolder, "quality-*.jsonl").Concat(Directory.EnumerateFiles(evalFolder, "routing-*.jsonl")).Order(StringComparer.Ordinal)];

    /// <summary>The guides' alternative questions and the labelled answerable questions of <paramref name="files"/> except the batches left out.</summary>
    public static IReadOnlyList<Labelled> Questions(KnowledgeIndex index, IEnumerable<string> files, IReadOnlySet<string> leaveOut)
    {
        var questions = new List<Labelled>();
        var seen = new HashSet<(string, string)>();
        foreach (var passage in index.Passages)
        {
            var section = EvalCase.SectionOf(passage);
            foreach (var q in passage.Questions.Where(q => seen.Add((q, section))))
            {
                questions.Add(new Labelled(q, new HashSet<string>([section], StringComparer.Ordinal)));
            }
        }
        var labeller = new SectionLabeller(index.Passages);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            if (leaveOut.Contains(RankingFitter.BatchOf(Path.GetFileNameWithoutExtension(file))))
            {
                continue;
            }
            foreach (var c in EvalCase.ReadAll(file).Select(labeller.Labelled).OfType<EvalCase>())
            {
                var sections = index.Passages.Where(c.IsExpectedSection).Select(EvalCase.SectionOf).ToHashSet(StringComparer.Ordinal);
                if (sections.Count > 0)
                {
                    questions.Add(new Labelled(c.Question, sections, RankingFitter.BatchOf(Path.GetFileNameWithoutExtension(file))));
                }
            }
        }
        return questions;
    }

    /// <summary>Every term held by at least <see cref="MinQuestions"/> questions, with what it tells, in term order.</summary>
    public static IReadOnlyList<Spread> Train(IReadOnlyList<Labelled> questions, Func<string, IReadOnlyList<string>> terms)
    {
        // A question answered by k sections counts 1/k for each: one answered everywhere says little about any.
        var overall = new Dictionary<string, double>(StringComparer.Ordinal);
        var byTerm = new Dictionary<string, (int Questions, Dictionary<string, double> Sections)>(StringComparer.Ordinal);
        foreach (var q in questions)
        {
            foreach (var section in q.Sections)
            {
                overall[section] = overall.GetValueOrDefault(section) + 1.0 / q.Sections.Count;
            }
            foreach (var term in terms(q.Text.ToLowerInvariant()).Distinct(StringComparer.Ordinal))
            {
                if (term.Any(char.IsAsciiDigit))
                {
                    // An age, amount or year is asked about on many sections, yet it is what the answering sentence
                    // must hold ("im 13 can i be an ambassador yet"): numbers keep their rarity.
                    continue;
                }
                if (!byTerm.TryGetValue(term, out var seen))
                {
                    seen = (0, new Dictionary<string, double>(StringComparer.Ordinal));
                }
                foreach (var section in q.Sections)
                {
                    seen.Sections[section] = seen.Sections.GetValueOrDefault(section) + 1.0 / q.Sections.Count;
                }
                byTerm[term] = (seen.Questions + 1, seen.Sections);
            }
        }
        var shares = overall.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, Share: s.Value / questions.Count)).ToList();
        return [.. byTerm.Where(t => t.Value.Questions >= MinQuestions)
            .OrderBy(t => t.Key, StringComparer.Ordinal)
            .Select(t =>
            {
                var information = Information(t.Value.Sections, t.Value.Questions, shares);
                return new Spread(t.Key, t.Value.Questions, t.Value.Sections.Count, information, FactorOf(information));
            })];
    }

    /// <summary>
    /// What knowing a question holds the word tells about its section: the divergence (nats) of the sections of the
    /// word's questions, mixed with <see cref="PriorQuestions"/> of the overall shares, from the overall shares.
    /// </summary>
    private static double Information(Dictionary<string, double> counts, int questions, List<(string Section, double Share)> shares)
    {
        var information = 0.0;
        foreach (var (section, share) in shares)
        {
            var p = (counts.GetValueOrDefault(section) + PriorQuestions * share) / (questions + PriorQuestions);
            information += p * Math.Log(p / share);
        }
        return information;
    }

    /// <summary>Full weight for a word telling <see cref="SubjectInformation"/> or more, down to <see cref="Floor"/> for one telling nothing.</summary>
    public static double FactorOf(double information) =>
        Math.Round(Math.Clamp(information / SubjectInformation, Floor, 1), 3);

    /// <summary>The table as <see cref="WordSpread.Read"/> reads it: only words weighed down, each with its evidence for people to read.</summary>
    public static string Write(IReadOnlyList<Spread> spreads, int questions, string source)
    {
        var text = new StringBuilder();
        text.AppendLine("# Written by train-word-spread; do not edit by hand (a unit test checks it is what the data trains).");
        text.AppendLine(CultureInfo.InvariantCulture, $"# Learned from {questions} labelled questions: {source}.");
        text.AppendLine("# term\tfactor\tquestions\tsections\twhat it tells of the section (nats)");
        foreach (var s in spreads.Where(s => s.Factor < 1))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{s.Term}\t{s.Factor:0.###}\t{s.Questions}\t{s.Sections}\t{s.Information:0.000}");
        }
        return text.ToString();
    }
}
