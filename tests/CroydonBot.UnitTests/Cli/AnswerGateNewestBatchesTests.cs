using CroydonBot.Cli;

namespace CroydonBot.UnitTests.Cli;

/// <summary><c>train-answer-gate --cv</c> shows the newest four batches by their letters, whichever batches eval/ holds.</summary>
public sealed class AnswerGateNewestBatchesTests
{
    [Fact]
    public void TheNewestAreTheLastTwoLetterBatchesNotTheDevSetOrTheProbe()
    {
        Assert.Equal(["bs", "bt", "bu", "bv"], AnswerGateCrossValidation.Newest(["z", "bv", "dev", "a", "bt", "probe", "bu", "aa", "bs", "bu"]));
    }

    [Fact]
    public void FewerThanFourBatchesAreAllShown()
    {
        Assert.Equal(["b", "aa"], AnswerGateCrossValidation.Newest(["aa", "b"]));
    }
}
