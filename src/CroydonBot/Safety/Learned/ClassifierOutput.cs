namespace CroydonBot.Safety.Learned;

/// <summary>What the learned layer says about a message: the calibrated probability that it is a crisis.</summary>
public sealed class ClassifierOutput
{
    public float Probability { get; set; }
}
