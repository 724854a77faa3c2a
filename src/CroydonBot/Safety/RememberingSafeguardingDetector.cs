using CroydonBot.Caching;

namespace CroydonBot.Safety;

/// <summary>
/// The safeguarding check runs every pattern on every message (about 0.2 ms, a tenth of a turn); the same
/// messages come again and again ("hi", the questions everyone asks), and the answer for the same words
/// never changes while the bot runs. Texts are held in memory only, never written anywhere.
/// </summary>
public sealed class RememberingSafeguardingDetector(ISafeguardingDetector detector, int capacity = RememberingSafeguardingDetector.DefaultCapacity)
    : ISafeguardingDetector
{
    public const int DefaultCapacity = 5_000;

    private readonly RecentTexts<SafeguardingMatch?> _results = new(capacity);

    public SafeguardingMatch? Detect(string text) => _results.GetOrAdd(text, detector.Detect);
}
