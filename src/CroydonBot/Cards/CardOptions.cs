namespace CroydonBot.Cards;

/// <summary>Which channels get Adaptive Cards (configuration section "Cards").</summary>
public sealed class CardOptions
{
    public const string Section = "Cards";

    /// <summary>
    /// Channels whose clients render Adaptive Cards 1.5 with Action.Submit. Elsewhere answers stay plain text
    /// with suggested actions, which every Bot Framework client can show.
    /// </summary>
    public string[] Channels { get; set; } = ["msteams"];
}
