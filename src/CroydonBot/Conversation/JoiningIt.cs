using System.Text.RegularExpressions;
using CroydonBot.Knowledge;

namespace CroydonBot.Conversation;

/// <summary>
/// Round AJ (help-aj): a follow-up asking how to join or take part in the thing talked about, and nothing else ("h0w d0 1 s1gn up
/// 4 1t", "how do i join then", "who do i talk to about joining", "can i sign up"). It is asked of a group or scheme, never of an
/// inspection: after "did ofsted rate it" the conversation's words ("ofsted", "rate") pulled it back to Ofsted's praise of the
/// ambassadors, while the ambassadors' own section on joining answers it. The whole message must be the asking, so it names no
/// subject of its own; which thing "it" is comes from the conversation (<see cref="ContextualRetrieval"/>).
/// </summary>
public static partial class JoiningIt
{
    /// <summary>True when <paramref name="question"/> only asks how to join, sign up or get involved (with "it", "them" or nothing).</summary>
    public static bool Asks(string question) => Joining().IsMatch(Text.PlainWords.Of(question));

    /// <summary>True when one of <paramref name="passage"/>'s labelled questions asks how to join something.</summary>
    public static bool Declares(Passage passage) => passage.Questions.Any(q => Declared().IsMatch(q));

    // The whole message: an optional link, "how do/can i" or "can i" or "who do i talk to about", the act, an optional pronoun object.
    [GeneratedRegex(@"^(?:(?:so|and|n|ok|okay|then|but|cool|right|also)\s+)*(?:(?:how|where)\s+(?:do|can|could|would|should)\s+(?:i|u|you|we|some1|someone)|(?:can|could)\s+(?:i|u|you|we|anyone|any1)|(?:who|wh0)\s+(?:do|should|can)\s+(?:i|u|you)\s+(?:talk|speak|go|ask|contact|message)(?:\s+(?:to|2))?(?:\s+about)?|i\s+(?:want|wanna|would like)\s+to)\s+(?:join|joining|sign\s+up|signing\s+up|signup|apply|applying|get\s+involved|getting\s+involved|take\s+part|become\s+(?:one|an?\s+\w+)|get\s+on\s+it|it|that|this|them)(?:\s+(?:for|4|to|2|with|in|on))?(?:\s+(?:it|that|this|them|one))?(?:\s+(?:then|tho|though|pls|please|too|as\s+well))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Joining();

    // A section's labelled question about joining: "how do i become a young ambassador?", "can i join the young ambassadors?",
    // "how do i get involved?", "who do i contact to join?".
    [GeneratedRegex(@"\b(?:join|sign up|get involved|become an?\b|take part)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Declared();
}
