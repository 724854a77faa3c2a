using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace CroydonBot.Safety.Learned;

/// <summary>
/// The learned second layer: a logistic regression over word and character n-grams (ML.NET), trained by
/// <c>train-safeguarding</c> on data/safeguarding and kept as dialogs/safeguarding-model.zip. It reads the
/// undisguised plain form, so it sees "k1ll mysеlf" as the patterns do, and catches wording the patterns
/// were never written for. ML.NET's prediction engines are not thread-safe, so they are pooled.
/// </summary>
public sealed class SafeguardingClassifier
{
    public const string File = "safeguarding-model.zip";

    private readonly ObjectPool<PredictionEngine<ClassifierInput, ClassifierOutput>> _engines;

    public SafeguardingClassifier(string modelPath)
    {
        if (!System.IO.File.Exists(modelPath))
        {
            throw new InvalidDataException($"The safeguarding model {modelPath} is missing: run `dotnet run --project src/CroydonBot -- train-safeguarding`.");
        }
        var ml = new MLContext(seed: SafeguardingTrainer.Seed);
        var model = ml.Model.Load(modelPath, out _);
        _engines = new DefaultObjectPool<PredictionEngine<ClassifierInput, ClassifierOutput>>(
            new EnginePolicy(() => ml.Model.CreatePredictionEngine<ClassifierInput, ClassifierOutput>(model)),
            Environment.ProcessorCount * 2);
        // Build one engine now so the first message does not pay for it.
        _engines.Return(_engines.Get());
    }

    /// <summary>The probability, 0 to 1, that the (undisguised) text shows someone at risk.</summary>
    public double Score(string undisguisedText)
    {
        var engine = _engines.Get();
        try
        {
            return engine.Predict(new ClassifierInput { Text = undisguisedText }).Probability;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    private sealed class EnginePolicy(Func<PredictionEngine<ClassifierInput, ClassifierOutput>> create)
        : PooledObjectPolicy<PredictionEngine<ClassifierInput, ClassifierOutput>>
    {
        public override PredictionEngine<ClassifierInput, ClassifierOutput> Create() => create();

        public override bool Return(PredictionEngine<ClassifierInput, ClassifierOutput> obj) => true;
    }
}
