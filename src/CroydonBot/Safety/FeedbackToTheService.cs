using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>
/// Round AP (safe-ap): recognises a message that says it is feedback for the people who run a service (dialogs/safeguarding.yaml,
/// <c>toldAsFeedback</c>): "can u pass this on to whoever runs leaving care", "this is feedback btw i want it logged", "to whoever
/// reads this, staff at the hub were lovely". Such feedback lists a service's faults ("nobody tells me anything", "lost all my
/// mates", a letter saying "i owe money"), words the learned layer met in crises, so on its own it gave them the crisis reply.
/// Each pattern refuses a message with a word of harm, low mood or despair, which stays the learned layer's to judge.
/// </summary>
public sealed class FeedbackToTheService
{
    private readonly Regex[] _patterns;

    public FeedbackToTheService(SafeguardingData data) =>
        _patterns = SafeguardingDetector.Compile(data.ToldAsFeedback, data.VocabularyWithEveryday());

    /// <summary>True when <paramref name="plain"/> (the undisguised form the learned layer reads) says it is feedback for a service.</summary>
    public bool Tells(string plain) =>
        PatternListMatch.Any(_patterns, plain);
}
