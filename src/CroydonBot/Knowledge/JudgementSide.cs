namespace CroydonBot.Knowledge;

/// <summary>
/// The side of a judgement a question asks about or a section's heading says: what an inspection found wanting or what it
/// praised (<see cref="JudgementSides"/>).
/// </summary>
public enum JudgementSide
{
    /// <summary>Neither side: the judgement as a whole, or no judgement at all.</summary>
    None,

    /// <summary>What was found wanting: a weakness, a grade below good, what must improve.</summary>
    Shortfall,

    /// <summary>What was praised: a strength, what was done well.</summary>
    Strength,
}
