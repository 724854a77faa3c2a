using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// Trains the feedback intent model: ML.NET text featurisation (word unigrams and bigrams, character
/// trigrams, so "complian" and "feeback" still look like their words) and a maximum-entropy linear model.
/// One thread and a fixed seed, so the same examples always give the same model.
/// </summary>
public static class FeedbackIntentTrainer
{
    public const int Seed = 13;

    /// <summary>How far each label's examples are weighted to the same total: 0 not at all, 1 fully.</summary>
    public const float Balance = 0.75f;

    /// <summary>The length of the character n-grams (letters across word boundaries: "complian" and "feeback" still look like their words).</summary>
    public const int CharNgrams = 3;

    public static ITransformer Train(MLContext ml, IReadOnlyList<FeedbackIntentExample> examples, int charNgrams = CharNgrams)
    {
        // Ordinary questions far outnumber feedback in the examples; weighting each label towards the same total
        // keeps the model from learning that "probably not feedback" is always a safe guess. Only partly
        // (Balance): fully balanced, a young person describing their situation before a question ("im 20 and
        // want to do an access course, will they help pay") reads as feedback (docs/feedback.md has the figures).
        var counts = examples.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count());
        var perLabel = (float)examples.Count / counts.Count;
        var prepared = examples.Select(e => new FeedbackIntentExample
        {
            Label = e.Label,
            Text = FeedbackIntentText.Prepare(e.Text),
            Weight = MathF.Pow(perLabel / counts[e.Label], Balance),
        }).ToList();
        var data = ml.Data.LoadFromEnumerable(prepared);
        var featurise = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            // "?" is a char-gram of its own: a question is rarely feedback.
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = charNgrams, UseAllLengths = false },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var pipeline = ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(FeedbackIntentExample.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(ml.Transforms.Text.FeaturizeText("Features", featurise, nameof(FeedbackIntentExample.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(FeedbackIntentExample.Weight),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 1000,
                L2Regularization = 1e-4f,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedLabel"));
        return pipeline.Fit(data);
    }

    /// <summary>Trains from the data files and writes the model: the <c>train-feedback-intent</c> command.</summary>
    public static int TrainToFile(string intentFolder, string seedsFolder, TextWriter output)
    {
        var examples = FeedbackIntentData.Read(intentFolder, seedsFolder);
        var ml = new MLContext(Seed);
        var model = Train(ml, examples);
        var path = Path.Combine(intentFolder, FeedbackIntentData.ModelFile);
        ml.Model.Save(model, ml.Data.LoadFromEnumerable(examples).Schema, path);
        var reader = new FeedbackIntentModel(ml, model);
        var right = examples.Count(e => reader.Predict(e.Text).Label == e.Label);
        output.WriteLine($"Trained on {examples.Count} examples ({string.Join(", ", examples.GroupBy(e => e.Label).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} {g.Count()}"))}); " +
            $"{right} of them read back right. Wrote {path}.");
        return 0;
    }
}
