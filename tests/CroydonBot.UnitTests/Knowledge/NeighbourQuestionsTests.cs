using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>The passages that answered the questions nearest a new one, as a share (NeighbourQuestions).</summary>
public sealed class NeighbourQuestionsTests
{
    private static NeighbourQuestions.Labelled Asked(string batch, string question, params string[] keys) =>
        new(batch, [.. RealContent.Index.Analyzer.Terms(question).Distinct()], keys);

    private static IReadOnlyCollection<string> Terms(string question) => [.. RealContent.Index.Analyzer.Terms(question).Distinct()];

    private static readonly NeighbourQuestions Table = new(
    [
        Asked("b1", "skint till payday, any emergency cash going", "guide#Hardship fund"),
        Asked("b2", "totally broke this week who gives emergency money", "guide#Hardship fund"),
        Asked("b3", "can i get money for a sofa when i move into my flat", "guide#Setting up home allowance"),
        Asked("b4", "who pays my uni fees", "guide#Higher education bursary"),
    ]);

    [Fact]
    public void ThePassageTheNearestQuestionsNeededGetsTheLargestShare()
    {
        var shares = Table.Shares(Terms("proper skint, is there emergency cash"));

        Assert.Equal("guide#Hardship fund", shares.MaxBy(s => s.Value).Key);
        Assert.True(shares["guide#Hardship fund"] > 2 * shares.Where(s => s.Key != "guide#Hardship fund").Sum(s => s.Value));
    }

    [Fact]
    public void SharesAddUpToLessThanOneWhenFewerThanTenQuestionsAreNear()
    {
        var shares = Table.Shares(Terms("money for my flat, am i skint forever"));

        Assert.InRange(shares.Values.Sum(), 0.01, 0.3);
    }

    [Fact]
    public void TenQuestionsAskedInTheSameWordsVoteWhole()
    {
        var same = Enumerable.Range(0, 10).Select(i => Asked($"x{i}", "council tax when i turn 18", "guide#Council tax")).ToList();

        Assert.Equal(1.0, new NeighbourQuestions(same).Shares(Terms("council tax when i turn 18"))["guide#Council tax"], 6);
    }

    [Fact]
    public void AVagueQuestionsVoteIsSplitAcrossThePassagesItNeeded()
    {
        // Round Z (near-z2): a labelled question that needed four sections gave each its whole vote, so three such
        // neighbours outvoted the one asked in the same words that needed a single section. Own phrasings; the look-alike below must not change.
        var table = new NeighbourQuestions(
        [
            Asked("b1", "what help is there with my gas bill", "guide#Energy bills", "guide#Bills advice", "guide#Setting up home allowance", "guide#Rent"),
            Asked("b2", "who helps pay my gas bill", "guide#Energy bills", "guide#Bills advice", "guide#Council tax", "guide#Rent"),
            Asked("b3", "any help paying the gas", "guide#Energy bills", "guide#Bills advice", "guide#Deposit", "guide#Rent"),
            Asked("b4", "help with my gas bill", "guide#Hardship fund"),
        ]);

        var shares = table.Shares(Terms("help with my gas bill"));

        Assert.Equal("guide#Hardship fund", shares.MaxBy(s => s.Value).Key);
        Assert.True(shares["guide#Hardship fund"] > shares["guide#Energy bills"]);
        // Look-alike: four questions each needing one section still vote whole for it.
        var single = new NeighbourQuestions([.. Enumerable.Range(0, 4).Select(i => Asked($"y{i}", "help with my gas bill", "guide#Energy bills"))]);
        Assert.Equal(0.4, single.Shares(Terms("help with my gas bill"))["guide#Energy bills"], 6);
    }

    [Theory]
    // Round AK (rank-ak): a broad question whose every neighbour said all its words and more asked nothing they asked; the
    // sections the narrower questions needed (a list of fixes, one finding) must not pull it away from the whole answer.
    [InlineData("youth club inspection in 2023")]
    [InlineData("2023 youth club inspection?")]
    [InlineData("the youth club inspection in 2023")]
    public void ABroadQuestionMetOnlyByNarrowerOnesGetsNoVotes(string question)
    {
        var narrower = new NeighbourQuestions(
        [
            Asked("b1", "what needs fixing after the youth club inspection in 2023", "guide#Club fixes"),
            Asked("b2", "what was wrong with the football in the youth club inspection in 2023", "guide#Club fixes", "guide#Football"),
            Asked("b3", "what did the youth club inspection in 2023 praise about the staff", "guide#Club staff"),
        ]);

        Assert.Empty(narrower.Shares(Terms(question)));
    }

    [Fact]
    public void ANeighbourAskedInTheQuestionsOwnWordsStillLetsThemAllVote()
    {
        var table = new NeighbourQuestions(
        [
            Asked("b1", "youth club inspection 2023 what was wrong with the football", "guide#Club fixes"),
            Asked("b2", "youth club inspection 2023", "guide#Club judged"),
        ]);

        var shares = table.Shares(Terms("youth club inspection 2023"));

        Assert.Equal("guide#Club judged", shares.MaxBy(s => s.Value).Key);
        Assert.True(shares.ContainsKey("guide#Club fixes"));
    }

    [Fact]
    public void ANeighbourLeavingOneOfTheQuestionsWordsOutStillLetsThemVote()
    {
        var table = new NeighbourQuestions(
        [
            Asked("b1", "youth club inspection 2023 what was wrong with the football", "guide#Club fixes"),
            Asked("b2", "youth club football", "guide#Football"),
        ]);

        Assert.NotEmpty(table.Shares(Terms("youth club football inspection")));
    }

    [Fact]
    public void AQuestionWithAWordNoNeighbourUsedIsNotBroaderThanThem()
    {
        var table = new NeighbourQuestions(
        [
            Asked("b1", "youth club inspection 2023 what was wrong with the football", "guide#Club fixes"),
        ]);

        Assert.NotEmpty(table.Shares(Terms("youth club zorbing")));
    }

    [Fact]
    public void TenQuestionsSharingOneWordVoteLessThanTenAskedAlike()
    {
        // Round Y (near-y2): ten neighbours met on one word used to vote as hard as ten asked alike, and outweighed the passage's own words.
        var far = Enumerable.Range(0, 10).Select(i => Asked($"x{i}", "council tax when i turn 18", "guide#Council tax")).ToList();

        var shares = new NeighbourQuestions(far).Shares(Terms("do i pay tax on my apprenticeship wage"));

        Assert.InRange(shares["guide#Council tax"], 0.01, 0.6);
    }

    [Fact]
    public void AQuestionSharingNoWordWithAnyNeighbourGetsNoShares() =>
        Assert.Empty(Table.Shares(Terms("bicycle repairs nearby")));

    [Fact]
    public void ALeftOutBatchIsNeverItsOwnNeighbour()
    {
        var shares = Table.Shares(Terms("who pays my uni fees"), withoutBatch: "b4");

        Assert.False(shares.ContainsKey("guide#Higher education bursary"));
    }

    [Fact]
    public void OnlyTheNearestQuestionsVote()
    {
        var many = Enumerable.Range(0, 15).Select(i => Asked($"x{i}", "rent help deposit", "guide#Deposit"))
            .Append(Asked("y", "rent", "guide#Rent")).ToList();

        var shares = new NeighbourQuestions(many).Shares(Terms("rent help deposit"));

        Assert.Equal(1.0, shares["guide#Deposit"], 6);
        Assert.False(shares.ContainsKey("guide#Rent"));
    }

    [Fact]
    public void AGuideSectionIsKnownByItsGuideAndHeadingAndAFragmentByItsId()
    {
        var guide = RealContent.Index.Passages.First(p => p.Document.Kind == "guide");
        var fragment = RealContent.Index.Passages.First(p => p.Document.Kind != "guide");

        Assert.Equal(guide.Document.File + "#" + guide.Heading, NeighbourQuestions.KeyOf(guide));
        Assert.Equal(fragment.Id, NeighbourQuestions.KeyOf(fragment));
    }

    [Fact]
    public void TheCommittedFileMatchesItsGuidesPassages()
    {
        // A key no passage has means a heading was renamed without running train-neighbours: its votes would be lost.
        var keys = RealContent.Index.Passages.Select(NeighbourQuestions.KeyOf).ToHashSet(StringComparer.Ordinal);
        var lines = File.ReadLines(Path.Combine(SeedPaths.Folder, NeighbourQuestions.File)).Where(l => !l.StartsWith('#'));

        Assert.All(lines, l => Assert.All(l.Split('\t')[2..], k => Assert.Contains(k, keys)));
    }

    [Fact]
    public void TheNeighbourFeatureIsTheShareOfTheCandidatesKey()
    {
        var index = RealContent.Index;
        var target = index.Passages.First(p => p.Document.Kind == "guide" && p.Heading.Contains("Staying put", StringComparison.OrdinalIgnoreCase));
        var table = new NeighbourQuestions([Asked("z", "can i stop with my foster carers after 18", NeighbourQuestions.KeyOf(target))]);
        var questionWords = YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File));
        var reranker = new Reranker(index, questionWords, new RankingWeights { Weights = new() { ["neighbour"] = 0.1 } }, neighbours: table);
        var planner = new QueryPlanner(index, YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)), questionWords);
        var plan = planner.Plan("am i allowed to stop at my foster carers");
        var facts = reranker.Facts(plan);
        var features = new double[Reranker.FeatureCount];

        reranker.Features(plan, facts, index.Passages.ToList().IndexOf(target), 1, 1, features);
        Assert.True(features[Reranker.NeighbourFeature] > 0);
        Assert.Equal(facts.NeighbourShares![NeighbourQuestions.KeyOf(target)], features[Reranker.NeighbourFeature]);
        reranker.Features(plan, facts, index.Passages.ToList().IndexOf(index.Passages.First(p => p != target)), 1, 1, features);
        Assert.Equal(0.0, features[Reranker.NeighbourFeature]);
    }

    [Fact]
    public void TheLiftIsWhatTheNeighboursAddAndTheOwnScoreLeavesItOut()
    {
        // Round Z: the composer keeps a passage the neighbours alone brought close out of second sources, so the score
        // must say how much of it the votes earned.
        var index = RealContent.Index;
        var target = index.Passages.First(p => p.Document.Kind == "guide" && p.Heading.Contains("Staying put", StringComparison.OrdinalIgnoreCase));
        var table = new NeighbourQuestions([Asked("z", "can i stop with my foster carers after 18", NeighbourQuestions.KeyOf(target))]);
        var questionWords = YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File));
        var planner = new QueryPlanner(index, YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)), questionWords);
        var plan = planner.Plan("am i allowed to stop at my foster carers");
        var voting = new Reranker(index, questionWords, new RankingWeights { Weights = new() { ["coverage"] = 0.5, ["neighbour"] = 0.2 } }, neighbours: table);
        var silent = new Reranker(index, questionWords, new RankingWeights { Weights = new() { ["coverage"] = 0.5, ["neighbour"] = 0 } }, neighbours: table);
        var ordinal = index.Passages.ToList().IndexOf(target);
        var features = new double[Reranker.FeatureCount];

        voting.Features(plan, voting.Facts(plan), ordinal, 1, 1, features);
        var lift = voting.NeighbourLift(features);
        var scored = new ScoredPassage(target, ordinal, voting.Score(features), 1, NeighbourLift: lift);

        Assert.Equal(0.2 * features[Reranker.NeighbourFeature], lift, 12);
        Assert.True(lift > 0);
        Assert.Equal(scored.Score - lift, scored.OwnScore, 12);
        silent.Features(plan, silent.Facts(plan), ordinal, 1, 1, features);
        Assert.Equal(0.0, silent.NeighbourLift(features));
        Assert.Equal(2.0, new ScoredPassage(target, ordinal, 2, 1).OwnScore);
    }
}
