using Microsoft.ML.Data;

namespace CroydonBot.Safety.Learned;

/// <summary>One message for the learned layer: its undisguised plain form and, when training, whether it is a crisis.</summary>
public sealed class ClassifierInput
{
    public string Text { get; set; } = "";

    public bool Label { get; set; }
}
