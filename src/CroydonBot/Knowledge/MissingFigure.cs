namespace CroydonBot.Knowledge;

/// <summary>The kind of figure a question asks for that the passage found cannot give (<see cref="AskedFact.Missing"/>).</summary>
public enum MissingFigure
{
    /// <summary>Nothing asked is missing.</summary>
    None,

    /// <summary>A sum of money or a named rate ("how much is a passport", "the minimum wage for apprentices").</summary>
    Amount,

    /// <summary>A count of people ("how many care leavers went to uni"): no amount was asked.</summary>
    Count,
}
