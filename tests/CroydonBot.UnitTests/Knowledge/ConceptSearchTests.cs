using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using Lucene.Net.Search;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class ConceptSearchTests
{
    private static readonly ManifestEntry Document = new() { File = "test.txt", Title = "Leaving care", Kind = "news" };

    [Theory]
    [InlineData("was the 2024 ofsted result better or worse than 2020 or the same?")]
    [InlineData("is croydon council good at being a corporate parent according to the inspectors?")]
    [InlineData("wat do i get as a care leaver in croydon")]
    [InlineData("my PA isnt replying wat can i do")]
    [InlineData("who are the young ambassadors and how do i join")]
    [InlineData("housing?")]
    public void ConceptSearchFindsTheSameTopHitsAndScoresAsLuceneQueries(string question)
    {
        using var index = KnowledgeBaseBuilder.Build(SeedPaths.Folder, null);
        var planner = new QueryPlanner(index,
            YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
            YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));
        var clauses = new Retriever(index, planner).Clauses(planner.Plan(question));

        var expected = index.Search(AsLuceneQuery(clauses), 25);
        // Twice: the second search reuses the first one's cursors and postings readers.
        index.Search(clauses, Retriever.ConceptTieBreaker, 25);
        var actual = index.Search(clauses, Retriever.ConceptTieBreaker, 25);

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Select(h => h.Ordinal), actual.Select(h => h.Ordinal));
        // Within float rounding: summing the same clause scores in another order may differ in the 7th digit.
        Assert.All(expected.Zip(actual), pair => Assert.Equal(pair.First.Score, pair.Second.Score, 1e-4));
    }

    [Fact]
    public void EveryHitIsNumberedAsThePassageItsDocumentWasMadeFrom()
    {
        // The passage number stored with each document (the "ord" field) is the one a search reports: the numbers are
        // read from the doc values once per reader into an array indexed by document.
        using var index = KnowledgeBaseBuilder.Build(SeedPaths.Folder, null);
        for (var number = 0; number < index.Passages.Count; number++)
        {
            var hits = index.Search(new TermQuery(new Lucene.Net.Index.Term(KnowledgeIndex.IdField, number.ToString(System.Globalization.CultureInfo.InvariantCulture))), 5);
            Assert.Equal([number], hits.Select(h => h.Ordinal));
        }
    }

    [Fact]
    public void ConcurrentSearchesEachGetTheirOwnCursorsAndTheSameHitsAsOneAtATime()
    {
        using var index = KnowledgeBaseBuilder.Build(SeedPaths.Folder, null);
        var planner = new QueryPlanner(index,
            YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
            YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)));
        var retriever = new Retriever(index, planner);
        string[] questions = ["wat do i get as a care leaver in croydon", "my PA isnt replying wat can i do", "housing?", "do i have to pay council tax"];
        var clauses = questions.Select(q => retriever.Clauses(planner.Plan(q))).ToArray();
        var expected = clauses.Select(c => index.Search(c, Retriever.ConceptTieBreaker, 25).Select(h => h.Ordinal).ToArray()).ToArray();

        var mismatches = 0;
        Parallel.For(0, 400, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var hits = index.Search(clauses[i % clauses.Length], Retriever.ConceptTieBreaker, 25).Select(h => h.Ordinal);
            if (!hits.SequenceEqual(expected[i % clauses.Length]))
            {
                Interlocked.Increment(ref mismatches);
            }
        });

        Assert.Equal(0, mismatches);
    }

    [Fact]
    public void AMultiWordWayMatchesThePhraseFirstThenTheWordsApart()
    {
        using var index = IndexOf(
            "Ask about money for your flat.",
            "Your adviser helps. Ask the council about money, rent, bills, travel and other things that are personal.",
            "Your personal adviser helps you plan.",
            "A personal young adviser can help too.");
        var hits = index.Search([[new ScoringClause(KnowledgeIndex.TextField, ["person", "advis"], 1f)]], Retriever.ConceptTieBreaker, 10);

        Assert.Equal([2, 3, 1], hits.Select(h => h.Ordinal));
        Assert.True(hits[1].Score < hits[0].Score, "a word between the two counts for less than the exact phrase");
    }

    [Fact]
    public void APhraseNamingAWordTwiceScoresAsLuceneScoresIt()
    {
        using var index = IndexOf("Bye bye for now.", "Bye.", "Bye then, and see you soon, bye.", "Hello.");
        IReadOnlyList<IReadOnlyList<ScoringClause>> clauses = [[new ScoringClause(KnowledgeIndex.TextField, ["bye", "bye"], 1f)]];

        var expected = index.Search(AsLuceneQuery(clauses), 10);
        var actual = index.Search(clauses, Retriever.ConceptTieBreaker, 10);

        Assert.Equal(0, expected[0].Ordinal);
        Assert.DoesNotContain(3, expected.Select(h => h.Ordinal));
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void AConceptScoresItsBestWayPlusATenthOfTheOthers()
    {
        using var index = IndexOf("Your flat and your accommodation.", "Your flat.", "Your accommodation.");
        ScoringClause flat = new(KnowledgeIndex.TextField, ["flat"], 1f);
        ScoringClause accommodation = new(KnowledgeIndex.TextField, ["accommod"], 0.7f);
        var one = index.Search([[flat]], 0.1f, 10).ToDictionary(h => h.Ordinal, h => h.Score);
        var other = index.Search([[accommodation]], 0.1f, 10).ToDictionary(h => h.Ordinal, h => h.Score);

        var both = index.Search([[flat, accommodation]], 0.1f, 10).ToDictionary(h => h.Ordinal, h => h.Score);

        var best = Math.Max(one[0], other[0]);
        Assert.Equal(best + 0.1f * (one[0] + other[0] - best), both[0], 5);
        Assert.Equal(one[1], both[1], 5);
        Assert.Equal(other[2], both[2], 5);
    }

    [Fact]
    public void ConceptsAddUpAndOnlyTheRequestedNumberOfHitsComeBack()
    {
        using var index = IndexOf("Your flat.", "Council tax for your flat.", "Council tax.", "Nothing here.");
        ScoringClause flat = new(KnowledgeIndex.TextField, ["flat"], 1f);
        ScoringClause councilTax = new(KnowledgeIndex.TextField, ["council", "tax"], 1f);

        var hits = index.Search([[flat], [councilTax]], 0.1f, 2);

        Assert.Equal(2, hits.Count);
        Assert.Equal(1, hits[0].Ordinal);
    }

    private static KnowledgeIndex IndexOf(params string[] texts) =>
        KnowledgeIndex.Build([.. texts.Select((t, i) => new Passage { Id = $"test.txt#{i}", Document = Document, Text = t, Ordinal = i })], new TermAnalyzer());

    private static BooleanQuery AsLuceneQuery(IReadOnlyList<IReadOnlyList<ScoringClause>> concepts)
    {
        var query = new BooleanQuery();
        foreach (var concept in concepts)
        {
            var anyWay = new DisjunctionMaxQuery(Retriever.ConceptTieBreaker);
            foreach (var clause in concept)
            {
                anyWay.Add(ClauseStatistics.LuceneQuery(clause));
            }
            query.Add(anyWay, Occur.SHOULD);
        }
        return query;
    }
}
