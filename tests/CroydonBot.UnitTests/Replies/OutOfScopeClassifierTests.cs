using CroydonBot.Replies.OutOfScopeIntent;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Replies;

/// <summary>The learned out-of-scope classifier, on phrasings of our own (none is in any batch).</summary>
public sealed class OutOfScopeClassifierTests
{
    [Theory]
    // Someone's own case or payments.
    [InlineData("can you check why my housing benefit payment hasnt arrived yet")]
    [InlineData("can u tell me wat my sw wrote about me in her last visit")]
    // Other services and everyday errands.
    [InlineData("whats the bus route from east croydon to purley")]
    // A personal choice only the young person can make.
    [InlineData("should i split up with my boyfriend hes always skint")]
    public void QuestionsTheGuidesCannotAnswerAreFlagged(string question) =>
        Assert.True(RealContent.OutOfScopeClassifier.IsOutOfScope(question), $"{question}: {RealContent.OutOfScopeClassifier.Probability(question):F2}");

    [Theory]
    [InlineData("how much is the setting up home grant")]
    [InlineData("what did ofsted find in croydon in 2024")]
    [InlineData("how do i become a young ambassador")]
    [InlineData("can i stay with my foster carers after i turn 18")]
    [InlineData("do care leavers pay council tax in croydon")]
    [InlineData("who can help me if i am homeless at 18")]
    // How to complain is in the guides (the complaints process); short ones read close to the threshold because the
    // development batches decline complaints about other services. At 0.65 (round P) the last one was declined.
    [InlineData("how can i complain about my placement")]
    [InlineData("how do i make a complaint about my pa")]
    [InlineData("how would i complain about my social worker")]
    [InlineData("how do i complain about my social worker?")]
    public void QuestionsTheGuidesAnswerAreNot(string question) =>
        Assert.False(RealContent.OutOfScopeClassifier.IsOutOfScope(question), $"{question}: {RealContent.OutOfScopeClassifier.Probability(question):F2}");

    [Fact]
    public void TheSameExamplesAlwaysGiveTheSameModel()
    {
        var examples = OutOfScopeExamples.Read(Path.Combine(SeedPaths.Dialogs, OutOfScopeExamples.Folder), SeedPaths.Folder);
        const string Question = "wheres the nearest post office to thornton heath";

        Assert.Equal(OutOfScopeClassifier.Train(examples).Probability(Question), OutOfScopeClassifier.Train(examples).Probability(Question));
    }

    // The classifier generalises from data: a development batch left out of its examples (S-X were, until round P) is
    // evidence it never learned from. scripts/out-of-scope-examples.py writes them all.
    [Fact]
    public void EveryDevelopmentQualityBatchIsInTheExamples()
    {
        var folder = Path.Combine(SeedPaths.Dialogs, OutOfScopeExamples.Folder);
        var batches = OutOfScopeExamples.Files(folder).Select(OutOfScopeExamples.BatchOf).ToHashSet();
        var quality = Directory.EnumerateFiles(RepositoryPaths.Combine("eval"), "quality-*.jsonl")
            .Select(f => Path.GetFileNameWithoutExtension(f)["quality-".Length..]);

        Assert.All(quality, batch => Assert.Contains(batch, batches));
    }

    [Fact]
    public void EveryBatchFileHoldsBothKindsAndCanBeLeftOut()
    {
        var folder = Path.Combine(SeedPaths.Dialogs, OutOfScopeExamples.Folder);
        var all = OutOfScopeExamples.Read(folder, SeedPaths.Folder).Count;
        foreach (var file in OutOfScopeExamples.Files(folder))
        {
            var examples = OutOfScopeExamples.ReadFile(file).ToList();
            Assert.Contains(examples, e => e.Abstain);
            Assert.Contains(examples, e => !e.Abstain);
            Assert.Equal(all - examples.Count, OutOfScopeExamples.Read(folder, SeedPaths.Folder, OutOfScopeExamples.BatchOf(file)).Count);
        }
    }
}
