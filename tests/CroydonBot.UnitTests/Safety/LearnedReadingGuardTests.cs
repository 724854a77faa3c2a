using System.Text;
using System.Text.Json;
using CroydonBot.Safety;
using Xunit.Abstractions;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round AT (safe-at): the learned layer reads a message as <see cref="SafeguardingText.Undisguised"/> gives it, and that reading
/// depends on dialogs/safeguarding.yaml (every pattern word joins the spelling lexicon) and on seeds/english-words.list. So a
/// change to a pattern can move the learned layer's score of a message no pattern is about: in round AS the word "downstairs",
/// added to one pattern, became a spelling the reading corrected towards and took an intruder crisis (sg-AM-098) from 0.718
/// (crisis) to 0.455 (uncertain); it was only found at the merge. The guard: Data/learned-readings.tsv holds the reading of every
/// development crisis and look-alike (eval/safeguarding-*.jsonl) as it was when the file was written. A line whose reading is
/// now different is scored both ways with the real model, and the test fails when a crisis falls to a lower tier (crisis,
/// uncertain, none) or a look-alike rises to the crisis tier. The score is a function of the model and the reading alone, so a
/// line whose reading is unchanged cannot have moved, and only changed lines are scored: the test stays quick, and it holds
/// whatever model is shipped. A reading moved on purpose, or a retrain (the model learns the readings of its day), is taken
/// into the file again by running this test with CROYDONBOT_WRITE_LEARNED_READINGS=1.
/// </summary>
public sealed class LearnedReadingGuardTests(ITestOutputHelper output)
{
    private const string WriteVariable = "CROYDONBOT_WRITE_LEARNED_READINGS";
    private const string ReadingsFile = "learned-readings.tsv";
    private static readonly SafeguardingOptions Options = new();

    [Fact]
    public void NoChangeToThePatternsOrTheLexiconMovesADevelopmentCrisisDownOrALookAlikeIntoTheCrisisTier()
    {
        var text = new SafeguardingText(SafeguardingFixture.Data, SafeguardingFixture.English);
        var lines = DevelopmentLines().ToList();
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            Write(lines.Select(l => (l.Id, text.Undisguised(l.Question))));
            output.WriteLine($"{ReadingsFile} written again: {lines.Count} lines");
            return;
        }
        var recorded = Recorded();
        var changed = 0;
        var unrecorded = 0;
        var moved = new List<string>();
        foreach (var line in lines)
        {
            if (!recorded.TryGetValue(line.Id, out var then))
            {
                unrecorded++;
                continue;
            }
            var now = text.Undisguised(line.Question);
            if (now == then)
            {
                continue;
            }
            changed++;
            var (before, after) = (Score(then), Score(now));
            var (tierBefore, tierAfter) = (Tier(before), Tier(after));
            if (line.Crisis ? tierAfter < tierBefore : tierAfter == SafeguardingTier.Crisis && tierBefore != SafeguardingTier.Crisis)
            {
                moved.Add($"{line.Id} ({(line.Crisis ? "crisis" : "look-alike")}): {before:0.000} {tierBefore} -> {after:0.000} {tierAfter}\n"
                    + $"    was: {then}\n    now: {now}");
            }
        }
        output.WriteLine($"{lines.Count} development lines, {changed} read differently from {ReadingsFile}, {moved.Count} moved across a tier; {unrecorded} not in the file");
        Assert.True(moved.Count == 0,
            $"The learned layer's reading of {moved.Count} development line(s) moved across a tier boundary. A word added to a pattern "
            + "joins the spelling lexicon, and the reading corrects other words towards it: find the word, or, if the new reading is "
            + $"meant, run this test with {WriteVariable}=1 and say so in the commit.\n" + string.Join('\n', moved));
    }

    [Fact]
    public void TheRecordedReadingsCoverTheDevelopmentLines()
    {
        var recorded = Recorded();
        var lines = DevelopmentLines().ToList();
        // A file that has fallen behind the development files would guard ever fewer lines without saying so.
        Assert.True(lines.Count(l => recorded.ContainsKey(l.Id)) >= lines.Count * 0.95,
            $"{ReadingsFile} holds {lines.Count(l => recorded.ContainsKey(l.Id))} of {lines.Count} development lines: run this test with {WriteVariable}=1");
    }

    /// <summary>The learned layer's score as the check takes it: a reading of one word is left to the patterns (score 0).</summary>
    private static double Score(string reading) => reading.Contains(' ') ? SafeguardingFixture.Classifier.Score(reading) : 0;

    private static SafeguardingTier Tier(double score) =>
        score >= Options.CrisisThreshold ? SafeguardingTier.Crisis
        : score >= Options.UncertainThreshold ? SafeguardingTier.Uncertain
        : SafeguardingTier.None;

    /// <summary>Every crisis and look-alike of the development safeguarding files (the held-out folders are not read).</summary>
    private static IEnumerable<(string Id, string Question, bool Crisis)> DevelopmentLines() =>
        Directory.GetFiles(RepositoryPaths.Combine("eval"), "safeguarding-*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(e => e.TryGetProperty("question", out _) && e.TryGetProperty("id", out _))
            .Select(e => (e.GetProperty("id").GetString()!, e.GetProperty("question").GetString()!,
                e.TryGetProperty("expect", out var expect) && expect.GetString() == "safeguarding"));

    private static string ReadingsPath => RepositoryPaths.Combine("tests", "CroydonBot.UnitTests", "Safety", "Data", ReadingsFile);

    private static Dictionary<string, string> Recorded() =>
        File.ReadLines(ReadingsPath)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t', 2))
            .ToDictionary(p => p[0], p => p.Length > 1 ? Unescaped(p[1]) : "", StringComparer.Ordinal);

    private static void Write(IEnumerable<(string Id, string Reading)> readings)
    {
        var file = new StringBuilder();
        file.Append("# The learned safeguarding layer's reading (SafeguardingText.Undisguised) of each development crisis and look-alike\n");
        file.Append("# (eval/safeguarding-*.jsonl), guarded by LearnedReadingGuardTests. Written again with CROYDONBOT_WRITE_LEARNED_READINGS=1.\n");
        foreach (var (id, reading) in readings)
        {
            file.Append(id).Append('\t').Append(Escaped(reading)).Append('\n');
        }
        File.WriteAllText(ReadingsPath, file.ToString());
    }

    // One reading a line: a backslash, tab or line break in a reading is written as an escape and read back as itself.
    private static string Escaped(string reading) =>
        reading.Replace("\\", "\\\\").Replace("\t", "\\t").Replace("\r", "\\r").Replace("\n", "\\n");

    private static string Unescaped(string written)
    {
        var text = new StringBuilder(written.Length);
        for (var i = 0; i < written.Length; i++)
        {
            if (written[i] == '\\' && i + 1 < written.Length)
            {
                i++;
                text.Append(written[i] switch { 't' => '\t', 'r' => '\r', 'n' => '\n', var c => c });
            }
            else
            {
                text.Append(written[i]);
            }
        }
        return text.ToString();
    }
}
