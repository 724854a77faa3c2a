using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Text;
using Microsoft.ML;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>The feedback intent model is reproducible from the data files in the repository.</summary>
public sealed class FeedbackIntentModelTests
{
    private static string IntentFolder => Path.GetDirectoryName(DialogFiles.Path(Path.Combine(FeedbackIntentData.Folder, FeedbackIntentData.ModelFile)))!;
    private static string SeedsFolder => RepositoryPaths.Combine("seeds");

    [Fact]
    public void TheCommittedModelIsTheOneTheDataTrains()
    {
        var examples = FeedbackIntentData.Read(IntentFolder, SeedsFolder);
        var ml = new MLContext(FeedbackIntentTrainer.Seed);
        var fresh = new FeedbackIntentModel(ml, FeedbackIntentTrainer.Train(ml, examples));
        var committed = FeedbackIntentModel.Load(Path.Combine(IntentFolder, FeedbackIntentData.ModelFile));

        // Same seed, one thread: the same examples give the same model. A difference means someone changed
        // the examples without running train-feedback-intent.
        foreach (var example in examples)
        {
            var (a, b) = (fresh.Predict(example.Text), committed.Predict(example.Text));
            Assert.Equal(a.Label, b.Label);
            Assert.Equal(a.Feedback, b.Feedback, 4);
        }
    }

    [Fact]
    public void ThePreparedTextMarksTheShapeOfAQuestion()
    {
        Assert.True(QuestionShape.LooksLikeQuestion("how much is the bursary"));
        Assert.True(QuestionShape.LooksLikeQuestion("im 23 and renting, am i stuck on the shared rate"));
        Assert.True(QuestionShape.LooksLikeQuestion("the bursary is 2000?"));
        Assert.False(QuestionShape.LooksLikeQuestion("tell the council my flat has mould"));
    }

    [Theory]
    [InlineData("[a TO z] {b TO c} \\ /regex/ {{7*7}} ${7*7} {0} cr0 1ea", true)]
    [InlineData("07700 900123 12 3 4", true)]
    [InlineData("jo.bloggs@example.net", true)] // contact details given alone are no feedback to read
    [InlineData("@kez_99 on insta", false)]
    [InlineData("tell the council my flat has mould", false)]
    [InlineData("suggestion: more youth clubs in 2025", false)]
    // Round K: text speak's one-character words are words beside real ones, never alone.
    [InlineData("i want 2 moan", false)]
    [InlineData("u r 2 slow", false)]
    [InlineData("k", true)]
    public void TextThatIsMostlySymbolsAndNumbersIsNotReadByTheModel(string text, bool notWords) =>
        Assert.Equal(notWords, FeedbackIntentText.IsMostlyNotWords(text));
}
