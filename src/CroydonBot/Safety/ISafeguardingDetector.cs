namespace CroydonBot.Safety;

/// <summary>Decides whether a message shows signs that the person writing, or someone they know, is at risk.</summary>
public interface ISafeguardingDetector
{
    /// <summary>The first sign of risk found, or null when the message looks safe.</summary>
    SafeguardingMatch? Detect(string text);
}
