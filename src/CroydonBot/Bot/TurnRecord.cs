namespace CroydonBot.Bot;

/// <summary>
/// What happened in a turn, filled in by whichever step handled it, so the question log records one row
/// per question with the reply kind, the sources and the confidence.
/// </summary>
public sealed class TurnRecord
{
    /// <summary>The reply kind: answer, fallback, safeguarding, smalltalk or feedback.</summary>
    public string? Kind { get; set; }

    /// <summary>Passage ids the answer was taken from.</summary>
    public List<string> Sources { get; } = [];

    /// <summary>Retrieval confidence between 0 and 1, when the knowledge base was asked.</summary>
    public double? Confidence { get; set; }

    /// <summary>A short topic label (the best source's document or the dialog), for staff analytics.</summary>
    public string? Topic { get; set; }

    /// <summary>
    /// The message as the person typed it, when the question path reads it in plain spelling (Pipeline/PlainSpellingStep):
    /// the question log and anything quoting their words use this.
    /// </summary>
    public string? TypedText { get; set; }

    /// <summary>True when the message was a question worth logging (not a button click or a dialog answer).</summary>
    public bool IsQuestion { get; set; }

    /// <summary>True when the message asks about feedback or complaints, so the answer offers "Give feedback".</summary>
    public bool OfferFeedback { get; set; }

    /// <summary>Replies to send after the step that handled the turn (e.g. "carry on with your feedback?").</summary>
    public List<Protocol.Activity> Afterwards { get; } = [];

    /// <summary>True when the message showed signs of risk.</summary>
    public bool SafeguardingFlag { get; set; }

    /// <summary>The text of each message sent in reply, in order, so staff can read what the bot said.</summary>
    public List<string> Replies { get; } = [];
    /// <summary>The safeguarding tier given (none, housing, uncertain, crisis), for staff.</summary>
    public string? SafeguardingTier { get; set; }

    /// <summary>The learned layer's score (1 for a pattern match), for staff.</summary>
    public double? SafeguardingScore { get; set; }

    /// <summary>Which layer decided the tier: patterns, classifier, each "+window" when earlier messages were needed.</summary>
    public string? SafeguardingLayer { get; set; }

    /// <summary>A line the safeguarding check asks to add to this turn's reply (uncertain and housing tiers).</summary>
    public string? SafetyLine { get; set; }

    /// <summary>
    /// Round AT (safe-at): <see cref="SafetyLine"/> goes before the reply instead of under it. Set by a step whose reply asks the person
    /// to act on the message just judged (the feedback dialog's "Shall I send this as your feedback?"): someone the check was unsure
    /// about reads the helplines before being asked to pass their words on, not after the buttons.
    /// </summary>
    public bool SafetyLineFirst { get; set; }
}
