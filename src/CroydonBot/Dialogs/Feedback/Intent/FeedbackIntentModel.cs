using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// The trained feedback intent model (dialogs/feedback-intent/model.zip). ML.NET's prediction engines are
/// not thread-safe, so turns borrow one from a pool.
/// </summary>
public sealed class FeedbackIntentModel
{
    private readonly ObjectPool<PredictionEngine<FeedbackIntentExample, FeedbackIntentPrediction>> _engines;
    private readonly string[] _slots;

    public FeedbackIntentModel(MLContext ml, ITransformer model)
    {
        _engines = new DefaultObjectPool<PredictionEngine<FeedbackIntentExample, FeedbackIntentPrediction>>(new EnginePolicy(ml, model));
        var engine = _engines.Get();
        try
        {
            VBuffer<ReadOnlyMemory<char>> names = default;
            engine.OutputSchema["Score"].GetSlotNames(ref names);
            _slots = [.. names.DenseValues().Select(n => n.ToString())];
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public static FeedbackIntentModel Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidDataException($"The feedback intent model {path} is missing: run 'dotnet run --project src/CroydonBot -- train-feedback-intent'.");
        }
        var ml = new MLContext(FeedbackIntentTrainer.Seed);
        return new FeedbackIntentModel(ml, ml.Model.Load(path, out _));
    }

    public FeedbackIntentReading Predict(string text)
    {
        var engine = _engines.Get();
        FeedbackIntentPrediction prediction;
        try
        {
            prediction = engine.Predict(new FeedbackIntentExample { Text = FeedbackIntentText.Prepare(text) });
        }
        finally
        {
            _engines.Return(engine);
        }
        float Of(string label) => Array.IndexOf(_slots, label) is var i and >= 0 && i < prediction.Score.Length ? prediction.Score[i] : 0;
        return new FeedbackIntentReading(prediction.Label, Of(FeedbackIntent.Start) + Of(FeedbackIntent.Offer), Of(FeedbackIntent.About), Of(FeedbackIntent.Offer), Of(FeedbackIntent.Stop));
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : IPooledObjectPolicy<PredictionEngine<FeedbackIntentExample, FeedbackIntentPrediction>>
    {
        public PredictionEngine<FeedbackIntentExample, FeedbackIntentPrediction> Create() =>
            ml.Model.CreatePredictionEngine<FeedbackIntentExample, FeedbackIntentPrediction>(model);

        public bool Return(PredictionEngine<FeedbackIntentExample, FeedbackIntentPrediction> obj) => true;
    }
}
