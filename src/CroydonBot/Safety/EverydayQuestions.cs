using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>
/// Recognises a question about an everyday matter (dialogs/safeguarding.yaml, <c>everydayQuestions</c>): whether food
/// kept a few days is safe to eat, how to get a passport or a bank account, a benefit cut asked to be looked at again.
/// The learned layer reads words such as "safe", "passport" and "struggling" from the crises it was trained on, so on
/// its own it can give such a question the crisis reply; the patterns say what the question is about, which a bag of
/// n-grams cannot. Each pattern names its everyday subject and refuses a message that also speaks of harm.
/// </summary>
public sealed class EverydayQuestions
{
    private readonly Regex[] _patterns;

    public EverydayQuestions(SafeguardingData data) =>
        _patterns = SafeguardingDetector.Compile(data.EverydayQuestions, data.VocabularyWithEveryday());

    /// <summary>True when <paramref name="plain"/> (the undisguised form the learned layer reads) asks about an everyday matter.</summary>
    public bool Asks(string plain) =>
        PatternListMatch.Any(_patterns, plain);
}
