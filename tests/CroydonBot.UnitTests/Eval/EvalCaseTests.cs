using CroydonBot.Eval;

namespace CroydonBot.UnitTests.Eval;

public sealed class EvalCaseTests
{
    [Fact]
    public void AMultiTurnLineReadsAsAScriptOfTurns()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            {"id": "m1", "category": "multiturn", "turns": [{"question": "is there a bursary for uni", "expect": "answer", "must_include_any": [["bursary"]], "must_not_include": []}, {"question": "how much is it", "expect": "answer", "must_include_any": [["2,000", "2000"]], "must_not_include": ["£1,000"]}]}
            {"id": "s1", "question": "hi", "category": "smalltalk", "expect": "smalltalk", "must_include_any": [], "must_not_include": []}
            """);
        try
        {
            var cases = EvalCase.ReadAll(file);

            Assert.True(cases[0].IsScript);
            Assert.Equal(["is there a bursary for uni", "how much is it"], cases[0].Script.Select(t => t.Question));
            Assert.Equal(EvalCase.ScriptExpect, cases[0].Expected);
            Assert.True(cases[0].Script[1].ContentMatches("It is £2,000 in total."));
            Assert.False(cases[0].Script[1].ContentMatches("It was £1,000, now £2,000."));
            Assert.False(cases[1].IsScript);
            Assert.Equal("hi", Assert.Single(cases[1].Script).Question);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void AScriptIsRightOnlyWhenEveryTurnIs()
    {
        var turn = new EvalTurn { Question = "q", Expect = "answer" };
        var script = new EvalCase { Id = "m", Turns = [turn, turn] };

        var allRight = new EvalOutcome(script, [new(turn, "answer", "", true), new(turn, "answer", "", true)]);
        var secondWrong = new EvalOutcome(script, [new(turn, "answer", "", true), new(turn, "fallback", "sorry", true)]);

        Assert.True(allRight.Correct);
        Assert.False(secondWrong.Correct);
        Assert.Equal("fallback", secondWrong.Kind);
    }

    [Fact]
    public void ALineOutsideTheFormatIsNamedByFileAndLineNumber()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, """
            {"id": "s1", "question": "hi", "expect": "smalltalk"}

            {"id": "m1", "turns": [{"question": "how often", "expect": "answer", "must_include_any": ["two months", "8 weeks"]}]}
            """);
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => EvalCase.ReadAll(file));

            Assert.Contains(file + ", line 3:", error.Message);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void EveryEvaluationFileInTheRepositoryReads()
    {
        var files = Directory.GetFiles(RepositoryPaths.Combine("eval"), "*.jsonl");

        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.NotEmpty(EvalCase.ReadAll(file)));
    }
}
