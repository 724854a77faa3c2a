using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace CroydonBot.Safety.Learned;

/// <summary>
/// Trains the learned layer: word 1-2-grams and character 2-4-grams, L2-normalised, into a logistic
/// regression (L-BFGS). One thread and a fixed seed, so the same data always gives the same model file.
/// </summary>
public static class SafeguardingTrainer
{
    public const int Seed = 20261202;

    public static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Text.FeaturizeText("Features", new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        }, nameof(ClassifierInput.Text))
        .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(ClassifierInput.Label),
            FeatureColumnName = "Features",
            NumberOfThreads = 1,
            L1Regularization = 0.01f,
            L2Regularization = 0.01f,
            MaximumNumberOfIterations = 200,
        }));

    /// <summary>Trains on every example and saves the model; returns the cross-validated figures first.</summary>
    public static TrainingReport Train(IReadOnlyList<ClassifierInput> examples, string modelPath, TextWriter log)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(examples);
        var folds = ml.BinaryClassification.CrossValidate(data, Pipeline(ml), numberOfFolds: 5, labelColumnName: nameof(ClassifierInput.Label), seed: Seed);
        var held = folds.SelectMany(f => ml.Data.CreateEnumerable<ScoredExample>(f.ScoredHoldOutSet, reuseRowObject: false)).ToList();
        var report = new TrainingReport(
            examples.Count,
            examples.Count(e => e.Label),
            folds.Average(f => f.Metrics.AreaUnderRocCurve),
            held);
        log.WriteLine(report.ToText());
        FitToFile(examples, modelPath);
        log.WriteLine($"model saved: {modelPath} ({new FileInfo(modelPath).Length / 1024} KB)");
        return report;
    }

    /// <summary>Trains on every example and saves the model, without cross-validating (for a leave-one-batch-out fold).</summary>
    public static void FitToFile(IReadOnlyList<ClassifierInput> examples, string modelPath)
    {
        var ml = new MLContext(seed: Seed);
        var data = ml.Data.LoadFromEnumerable(examples);
        var model = Pipeline(ml).Fit(data);
        ml.Model.Save(model, data.Schema, modelPath);
        FixTimestamps(modelPath);
    }

    /// <summary>
    /// ML.NET stamps each entry of the model zip with the time it was saved, so the same model would differ in
    /// bytes from run to run; one fixed time makes a retrained model file identical when nothing changed.
    /// </summary>
    private static void FixTimestamps(string modelPath)
    {
        using var zip = System.IO.Compression.ZipFile.Open(modelPath, System.IO.Compression.ZipArchiveMode.Update);
        foreach (var entry in zip.Entries)
        {
            entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        }
    }

    /// <summary>A held-out example as cross-validation scored it.</summary>
    public sealed class ScoredExample
    {
        public string Text { get; set; } = "";
        public bool Label { get; set; }
        public float Probability { get; set; }
    }
}
