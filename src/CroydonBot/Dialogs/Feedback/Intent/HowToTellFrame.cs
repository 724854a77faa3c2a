using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// A question that asks how, where or whether to tell someone ("how do i let them know", "is there a way to tell the council",
/// "where do i send a compliment", "is it possible to send a message to ...") and what follows the frame in the same clause
/// ("... the forum times are bad", "... a compliment about a social worker"): that remainder is the content, read by the model
/// on its own. The model reads a whole "how do i tell ... X?" as asking; without the frame, X reads as what the person wants told.
/// Complaints are left out: "how do i complain about ..." asks for the procedure, which the guides hold. "who do i tell" is left
/// out too: "who do i tell at UC that im a care leaver" asks whom to inform of a fact, not how to give feedback.
/// </summary>
public static partial class HowToTellFrame
{
    /// <summary>
    /// True when <paramref name="clause"/> opens with a frame of telling, whatever follows it: "is it possible to send a message to the
    /// people in charge?" names only the kind of thing to send, and the content may be in a clause of its own ("... we need more X").
    /// </summary>
    public static bool Opens(string clause) => Frame().IsMatch(clause.Trim()) || ToMoanOrLeaveWord().IsMatch(clause.Trim());

    /// <summary>The words after a how-to-tell frame at the start of <paramref name="clause"/>, or null when it has none.</summary>
    public static string? Remainder(string clause)
    {
        var match = Frame().Match(clause.Trim());
        if (!match.Success)
        {
            match = ToMoanOrLeaveWord().Match(clause.Trim());
        }
        if (!match.Success)
        {
            return null;
        }
        var rest = clause.Trim()[match.Length..].Trim(' ', '?', '.', '!', ',');
        // "how do i give feedback on my uber driver": feedback with no word of what it says names a topic, not the content
        // (issue 13 answers it, with the button); "a compliment about ..." says what kind it is. "where do i send a complaint
        // about my team" asks for the complaints procedure, which the guides hold, as "how do i complain about ..." does.
        return NeutralNoun().IsMatch(rest) ? null : rest;
    }

    /// <summary>
    /// Asking whom to moan to ("who do i moan to about ...", "who can we complain to") or where to leave a word ("where can i write
    /// something for the panel", "where do i put it"). Not "who do i tell", which as often asks whom to inform of a fact, and not
    /// where to post a letter or send a complaint (the procedure, which the guides hold). The frame alone asks; only content told
    /// beside it (<see cref="Remainder"/> or a clause of its own) makes it feedback.
    /// </summary>
    [GeneratedRegex(@"^(?:so\s+|and\s+|but\s+|ok\s+)?(?:who\s+(?:do|can|could|should|would|shall)\s+(?:i|we|u|you)\s+(?:even\s+)?(?:moan|complain|grumble|whinge|rant|vent)\s+(?:to|at)|where\s+(?:do|can|could|should|shall)\s+(?:i|we|u|you)\s+(?:write|leave|put|post|drop)\s+(?:something|summat|sumthing|sth|it|this|that|(?:a|my|our|some)\s+(?:note|message|msg|comment|suggestion|idea|review|thoughts|views)s?))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToMoanOrLeaveWord();

    [GeneratedRegex(@"^(?:(?:some|my|our|a|an|any)\s+)?(?:feedback|feed\s*back|complaints?|comments?|views?|opinions?|thoughts|message|msg|note)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NeutralNoun();

    [GeneratedRegex(@"^(?:so\s+|and\s+|but\s+|ok\s+)?(?:(?:how|where)\s+(?:do|can|could|would|should|shall)\s+(?:i|we|u|you|someone)\s+(?:go\s+about\s+|even\s+)?|(?:is\s+there\s+(?:a\s+way|any\s+way|anywhere|somewhere)|is\s+it\s+possible|any\s+way)\s+(?:to\s+|i\s+can\s+|for\s+me\s+to\s+|where\s+i\s+can\s+)?)(?:tell|let\s+\w+(?:\s+\w+)?\s+know|send|pass\s+on|give|feed\s*back|say|get\s+(?:(?:a|the|that|this|my|our|their|his|her)\s+)?(?:message|msg|views?|thoughts|feedback)\s+(?:across\s+)?(?:to|2))\b(?:\s+(?:the\s+council|them|someone|somebody|people|the\s+people|croydon|u\s+guys|you\s+guys|staff|the\s+team)\b)?(?:\s+that\b)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Frame();
}
