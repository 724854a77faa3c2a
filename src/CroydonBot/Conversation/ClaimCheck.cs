using System.Text.RegularExpressions;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AJ (conv-aj): the tag that closes a claim put to the bot ("universal credit only gives me the shared room rate, is
/// that right?", "my pa said i get 3 grand, is that true"). Its "that" is the claim just made in the same question, not
/// something said before: read as pointing back, the question handed the conversation to the story told after it ("im 23 and a
/// care leaver", answered with free prescriptions), so "since when" was read against prescriptions.
/// </summary>
public static partial class ClaimCheck
{
    /// <summary>
    /// <paramref name="question"/> without a closing claim tag, when a claim of at least a few words comes before it; the
    /// question itself otherwise ("is that true" alone does point back).
    /// </summary>
    public static string Without(string question)
    {
        var tag = Tag().Match(question);
        return tag.Success && tag.Index >= MinClaimLength ? question[..tag.Index] : question;
    }

    /// <summary>Fewer characters than this before the tag is no claim of its own ("so is that right").</summary>
    private const int MinClaimLength = 12;

    [GeneratedRegex(@"[\s,;:.!-]+(is|was|are|r|isnt|isn't)\s+(that|this|it|dat|tht)\s+(right|true|correct|real|legit|a thing|so|even true|actually true|actually right)\b\W*$|[\s,;:.!-]+(is\s+)?(that|this|it)\s+(true|right|correct)\s*\?+\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
