using CroydonBot.Safety.Learned;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// The training data knows which development batch each example came from, so leave-one-batch-out
/// cross-validation (train-safeguarding --by-batch) can leave a batch's safeguarding, answer and routing files out
/// together and the thresholds are fitted on batches the model did not see.
/// </summary>
public sealed class TrainingDataTests
{
    private static readonly IReadOnlyList<TrainingExample> Examples =
        TrainingData.Read(RepositoryPaths.Combine("data", "safeguarding"), RepositoryPaths.Root);

    [Theory]
    [InlineData("A", "eval/safeguarding-dev-a.jsonl")]
    [InlineData("B", "eval/safeguarding-b.jsonl")]
    [InlineData("C", "eval/safeguarding-c.jsonl")]
    [InlineData("D", "eval/safeguarding-d.jsonl")]
    [InlineData("E", "eval/safeguarding-e.jsonl")]
    [InlineData("F", "eval/safeguarding-f.jsonl")]
    [InlineData("O", "eval/safeguarding-o.jsonl")] // round I: O and P joined the training data after their first runs
    [InlineData("P", "eval/safeguarding-p.jsonl")]
    [InlineData("T", "eval/safeguarding-t.jsonl")] // round M: T and V joined after --by-batch T,V
    [InlineData("V", "eval/safeguarding-v.jsonl")]
    [InlineData("W", "eval/safeguarding-w.jsonl")] // round P: W and X joined after --by-batch W,X
    [InlineData("X", "eval/safeguarding-x.jsonl")]
    public void EachDevelopmentBatchIsTaggedWithAllItsFiles(string batch, string safeguardingFile)
    {
        var files = Examples.Where(e => e.Batch == batch).Select(e => e.Source).Distinct().ToList();
        Assert.Contains(safeguardingFile, files);
        Assert.True(files.Count >= 3, $"batch {batch} has only {string.Join(", ", files)}: its answer and routing questions belong with it");
        Assert.Contains(Examples, e => e.Batch == batch && e.Crisis);
        Assert.Contains(Examples, e => e.Batch == batch && !e.Crisis);
    }

    [Fact]
    public void SentencesCutFromABatchAreLeftOutWithThatBatch()
    {
        // Round P: the sentence-level negatives come from a batch's own messages, so leaving the batch out must leave
        // them out too, or --by-batch would score the batch with its own sentences in training.
        var sentences = Examples.Where(e => e.Source.StartsWith("data/safeguarding/dev/sentences/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(sentences);
        Assert.All(sentences, e => Assert.Equal(Path.GetFileNameWithoutExtension(e.Source).ToUpperInvariant(), e.Batch));
        Assert.All(sentences, e => Assert.False(e.Crisis));
    }

    [Fact]
    public void MessagesWrittenForTrainingBelongToNoBatch()
    {
        var written = Examples.Where(e => e.Source.StartsWith("data/safeguarding/crisis-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(written);
        Assert.All(written, e => Assert.Null(e.Batch));
        Assert.All(written, e => Assert.True(e.Crisis));
    }

    [Fact]
    public void AMessageInEvalFormatIsReadWithItsContextAsTheWindowReadsIt()
    {
        var separator = Window.Join(["a", "b"])[1..^1];
        Assert.Contains(Examples, e => e.Source == "eval/safeguarding-d.jsonl" && e.Crisis && e.Text.Contains(separator, StringComparison.Ordinal));
    }

    [Fact]
    public void AMultiTurnScriptGivesEachTurnAloneAndWithItsWindowAsTheBotReadsIt()
    {
        // multiturn-dev: "how do i get a personal adviser", then a crisis, then "ok. whats the number for become".
        var script = Examples.Where(e => e.Source == "eval/multiturn-dev.jsonl").ToList();
        var separator = Window.Join(["a", "b"])[1..^1];
        Assert.Contains(script, e => !e.Crisis && e.Text == "how do i get a personal adviser");
        Assert.Contains(script, e => e.Crisis && e.Text.StartsWith("how do i get a personal adviser" + separator, StringComparison.Ordinal));
        // After the crisis turn the window starts again, as the bot empties it: the next turn is read alone.
        Assert.Contains(script, e => !e.Crisis && e.Text == "ok. whats the number for become");
        Assert.DoesNotContain(script, e => !e.Crisis && e.Text.Contains(separator + "ok. whats the number for become", StringComparison.Ordinal));
        Assert.Contains(script, e => !e.Crisis && e.Text.Contains(separator, StringComparison.Ordinal));
    }
}
