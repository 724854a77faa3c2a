namespace CroydonBot.Cards;

/// <summary>Which channels get Adaptive Cards (configuration section "Cards").</summary>
public sealed class CardOptions
{
    public const string Section = "Cards";

    /// <summary>The channels used when none are configured.</summary>
    public static readonly IReadOnlyList<string> DefaultChannels = ["msteams"];

    /// <summary>
    /// Channels whose clients render Adaptive Cards 1.5 with Action.Submit; msteams when not set. Elsewhere
    /// answers stay plain text with suggested actions, which every Bot Framework client can show.
    /// </summary>
    // No default value here: the configuration binder appends to an existing array instead of replacing it.
    public string[]? Channels { get; set; }

    public IReadOnlyList<string> EffectiveChannels => Channels ?? DefaultChannels;
}
