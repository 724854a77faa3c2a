namespace CroydonBot.Replies;

/// <summary>What pressing a reply's button does, so a channel need not tell buttons apart by their titles.</summary>
public enum ButtonAction
{
    /// <summary>Its title is sent as if typed (a related question, "Give feedback").</summary>
    Ask,
    TellMeMore,
    Helpful,
    NotHelpful,
}
