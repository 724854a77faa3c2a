namespace CroydonBot.Safety;

/// <summary>
/// What the safeguarding check decided about a message and why: the tier, the learned layer's score
/// (0 to 1; 1 for a pattern match), which layer decided ("patterns", "classifier", and "+window" when the
/// person's previous messages were needed), and the category when a pattern matched. No message text.
/// </summary>
public sealed record SafeguardingAssessment(SafeguardingTier Tier, double Score, string Layer, string? Category)
{
    public static SafeguardingAssessment None(double score) => new(SafeguardingTier.None, score, "none", null);
}
