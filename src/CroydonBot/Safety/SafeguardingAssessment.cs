namespace CroydonBot.Safety;

/// <summary>
/// What the safeguarding check decided about a message and why: the tier, the learned layer's score
/// (0 to 1; 1 for a pattern match), which layer decided ("patterns", "classifier", and "+window" when the
/// person's previous messages were needed), and the category when a pattern matched. No message text.
/// </summary>
public sealed record SafeguardingAssessment(SafeguardingTier Tier, double Score, string Layer, string? Category)
{
    /// <summary>
    /// A crisis whose message also asks a question that should be answered after the crisis reply: a risk to a home
    /// or to money with a question in it, or a question asked right after the crisis reply.
    /// </summary>
    public bool AnswerAfter { get; init; }

    /// <summary>
    /// A crisis only the learned layer saw, in the message alone, at a score under
    /// <see cref="SafeguardingOptions.RepeatAfterLearnedFloor"/>: the next message does not get the crisis reply again for
    /// coming right after it ("You told me just now that you're not safe"); it is read with the after-crisis care instead.
    /// </summary>
    public bool Tentative { get; init; }

    /// <summary>True when the person's next message gets the crisis reply again whatever it says (it comes right after this one).</summary>
    public bool RepeatsOnNext => Tier == SafeguardingTier.Crisis && !Repeated && !Tentative;

    /// <summary>
    /// Round AC (safe-ac): a risk named in a message that asks nothing, while the learned layer is unsure: it gets the
    /// gentle check-in with the numbers (<see cref="SafeguardingData.ReplyText.CheckIn"/>) instead of the crisis reply.
    /// </summary>
    public bool CheckIn { get; init; }

    /// <summary>The crisis reply is given again because the message came right after it, not for its own words.</summary>
    public bool Repeated { get; init; }

    public static SafeguardingAssessment None(double score) => new(SafeguardingTier.None, score, "none", null);
}
