using CroydonBot.Configuration;
using CroydonBot.Eval;
using CroydonBot.Knowledge;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Round AL (sent-al): the learned lead choice within the answering section, its features and its committed table.</summary>
public sealed class SentenceChoiceTests
{
    private static readonly Lazy<SentenceChoice> Committed = new(() => SentenceChoice.Read(Path.Combine(SeedPaths.Folder, SentenceChoice.File)));

    // The planner as the bot wires it (word spread included): the trainer reads questions with it.
    private static QueryPlanner Planner() => new(RealContent.Index,
        YamlFile.Read<SynonymData>(Path.Combine(SeedPaths.Folder, SynonymData.File)),
        YamlFile.Read<QuestionWords>(Path.Combine(SeedPaths.Folder, QuestionWords.File)), EnglishWords.Read(SeedPaths.Folder),
        WordSpread.Read(Path.Combine(SeedPaths.Folder, WordSpread.File)));

    [Fact]
    public void TheCommittedTableIsWhatTheDataTrains()
    {
        var composer = new AnswerComposer(RealContent.KnowledgeOptions, RealContent.Index);
        // Round AM (lead-am): questions asked alone are labelled in the bot's own retrieval, as train-sentence-choice reads them.
        var words = new KnowledgeOptions().MaxQuestionWords;
        var groups = SentenceChoiceTrainer.Groups(RealContent.Index.Passages, Planner(), composer,
            SentenceChoiceTrainer.TrainingFiles(RepositoryPaths.Combine("eval")),
            question => CroydonBot.UnitTests.Eval.AnswerGateTrainerTests.BotRetriever.Value.Retrieve(QuestionBudget.FirstWords(question, words)));
        var made = Lines(SentenceChoice.Write(SentenceChoiceTrainer.Fit(groups), "x"));
        var committed = Lines(File.ReadAllText(Path.Combine(SeedPaths.Folder, SentenceChoice.File)));

        // A difference means a batch, a guide or a feature changed without running train-sentence-choice.
        Assert.Equal(made, committed);
    }

    [Theory]
    [InlineData("can i do it without giving my name", SentenceChoice.Form.YesNo)]
    [InlineData("is it a legal right now", SentenceChoice.Form.YesNo)]
    [InlineData("wat if i move to manchester", SentenceChoice.Form.WhatIf)]
    [InlineData("if i leave uni do i lose it", SentenceChoice.Form.WhatIf)]
    [InlineData("how come they got inadequate", SentenceChoice.Form.Why)]
    [InlineData("why was out of hours a problem", SentenceChoice.Form.Why)]
    [InlineData("how do i apply for it", SentenceChoice.Form.How)]
    [InlineData("how much is it", SentenceChoice.Form.None)]
    [InlineData("who pays it", SentenceChoice.Form.None)]
    public void AQuestionsFormIsReadFromHowItAsks(string question, SentenceChoice.Form form) =>
        Assert.Equal(form, SentenceChoice.FormOf(question, asksNow: false));

    [Fact]
    public void AStillNowQuestionWithNoOtherFormIsReadAsNow() =>
        Assert.Equal(SentenceChoice.Form.Now, SentenceChoice.FormOf("what about these days", asksNow: true));

    [Theory]
    [InlineData("You do not have to give your name.", SentenceChoice.Signal.Negation)]
    [InlineData("You don't have to say who you are.", SentenceChoice.Signal.Negation)]
    [InlineData("It costs £20 a year.", SentenceChoice.Signal.Money | SentenceChoice.Signal.Digit)]
    [InlineData("- the Single Point of Contact", SentenceChoice.Signal.ListItem)]
    [InlineData("The grades were:", SentenceChoice.Signal.LeadIn)]
    public void ASentencesSignalsAreWhatItSays(string sentence, SentenceChoice.Signal signal) =>
        Assert.Equal(signal, (SentenceChoice.Signal)SentenceChoice.SignalsOf(sentence, limit: false) & ~SentenceChoice.Signal.Year);

    [Fact]
    public void TheSparseFeaturesTheTrainerReadsScoreAsTheBotScores()
    {
        var weights = Committed.Value.Weights.ToArray();
        var asked = new SentenceChoice.Asked(QuestionKind.HowMuch, SentenceChoice.Form.YesNo, AsksNow: true);
        var row = new SentenceChoice.Row(0.4, 0.2, 3, Wanted: true, AgeCovered: false, 0.3,
            (int)(SentenceChoice.Signal.Money | SentenceChoice.Signal.Current | SentenceChoice.Signal.Negation), (1u << (int)QuestionKind.HowMuch) | (1u << (int)QuestionKind.When));
        Span<int> index = stackalloc int[SentenceChoice.MaxActive];
        Span<double> value = stackalloc double[SentenceChoice.MaxActive];
        var n = SentenceChoice.Active(asked, row, index, value);
        var sparse = 0.0;
        for (var k = 0; k < n; k++)
        {
            sparse += weights[index[k]] * value[k];
        }

        Assert.Equal(SentenceChoice.Score(weights, asked, row), sparse, 9);
    }

    // Round AM (lead-am): learned on the reply each lead makes, the table no longer lifts the sentence holding the kind asked over
    // the opening by itself (round AL's sentence-level properties): after a lead, Choose adds that sentence anyway. What the reply
    // labels do teach is below.
    [Fact]
    public void AskedHowMuchALaterSentenceHoldingTheAmountLeadsOverOneOtherwiseAlikeThatDoesNot()
    {
        var asked = new SentenceChoice.Asked(QuestionKind.HowMuch, SentenceChoice.Form.None, false);
        var plain = new SentenceChoice.Row(0.3, 0.3, 2, false, false, 0.2, 0, 0);
        var amount = plain with { Wanted = true };

        Assert.True(Committed.Value.Score(asked, amount) > Committed.Value.Score(asked, plain));
    }

    [Fact]
    public void ASentenceHoldingMoreOfTheQuestionsWordsLeadsOverOneOtherwiseAlike()
    {
        var asked = new SentenceChoice.Asked(QuestionKind.General, SentenceChoice.Form.YesNo, false);
        var fewer = new SentenceChoice.Row(0.2, 0.2, 3, false, false, 0.2, 0, 0);
        var more = fewer with { Coverage = 0.6, Typed = 0.6 };

        Assert.True(Committed.Value.Score(asked, more) > Committed.Value.Score(asked, fewer));
    }

    [Fact]
    public void ATableOfTheWrongLengthIsRefused() =>
        Assert.Throws<InvalidDataException>(() => new SentenceChoice(new double[3]));

    [Fact]
    public void AWrittenTableReadsBackTheSameWeights()
    {
        var weights = SentenceChoice.HandWeights();
        weights[^1] = 0.12346;
        var path = Path.Combine(Path.GetTempPath(), $"sentence-choice-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, SentenceChoice.Write(weights, "test"));

        var read = SentenceChoice.Read(path);

        Assert.Equal(0.1235, read.Weights[^1], 9);
        Assert.Equal(0.5, read.Weights[0], 9);
        File.Delete(path);
    }

    private static string[] Lines(string text) => [.. text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#'))];
}

/// <summary>Round AL (sent-al): the learned lead is measured, not adopted: off unless switched on.</summary>
public sealed class LearnedLeadSwitchTests
{
    [Fact]
    public void TheLearnedLeadIsOffUnlessSwitchedOn() => Assert.False(new KnowledgeOptions().LearnedLead);
}
