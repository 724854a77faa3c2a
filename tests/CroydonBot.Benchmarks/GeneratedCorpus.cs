using CroydonBot.Knowledge;
using CroydonBot.Text;

namespace CroydonBot.Benchmarks;

/// <summary>
/// A synthetic corpus of any size for the scaling series, generated on the fly (never committed): passages
/// recombine real seed sentences, so the questions still find matches, with extra invented words so the
/// vocabulary keeps growing with the corpus as it would with real documents.
/// </summary>
public static class GeneratedCorpus
{
    private const int PassagesPerDocument = 20;

    public static IReadOnlyList<Passage> Create(int passages, int seed = 42)
    {
        var random = new Random(seed);
        var sources = KnowledgeStack.Content.SeedPassages;
        var sentences = sources.SelectMany(p => SentenceSplitter.Split(p.Text)).Where(s => s.Length > 20).ToArray();
        var headings = sources.Select(p => p.Heading).Where(h => h.Length > 0).Distinct().ToArray();
        var documents = new List<ManifestEntry>();
        var result = new List<Passage>(passages);
        for (var i = 0; i < passages; i++)
        {
            if (i % PassagesPerDocument == 0)
            {
                var template = sources[random.Next(sources.Count)].Document;
                var year = 2015 + random.Next(11);
                documents.Add(new ManifestEntry
                {
                    File = $"generated_{documents.Count:000000}.txt",
                    Title = $"{template.Title} ({Word(random)} edition)",
                    Publisher = template.Publisher,
                    Date = new DateOnly(year, 1 + random.Next(12), 1),
                    DateLabel = year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Url = $"https://example.invalid/{documents.Count}",
                    Kind = random.Next(4) == 0 ? "guide" : "news",
                    Status = random.Next(10) == 0 ? "historical" : "current",
                    Topic = template.Topic,
                });
            }
            var count = 2 + random.Next(4);
            var text = string.Join(' ', Enumerable.Range(0, count).Select(_ => sentences[random.Next(sentences.Length)]))
                + $" {Word(random)} {Word(random)}.";
            result.Add(new Passage
            {
                Id = $"{documents[^1].File}#{i % PassagesPerDocument}",
                Document = documents[^1],
                Heading = random.Next(3) == 0 ? headings[random.Next(headings.Length)] : "",
                Text = text,
                Ordinal = i % PassagesPerDocument,
            });
        }
        return result;
    }

    /// <summary>An invented word: names, places and jargon a real corpus would add.</summary>
    private static string Word(Random random)
    {
        Span<char> letters = stackalloc char[5 + random.Next(5)];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = (char)('a' + random.Next(26));
        }
        return new string(letters);
    }
}
