using CroydonBot.Replies;

namespace CroydonBot.Cards;

/// <summary>
/// The "action" ids card buttons send back in their data. Buttons carry ids rather than their titles so a
/// click still works after the wording in dialogs/wording.yaml changes.
/// </summary>
public static class CardActions
{
    public const string TellMeMore = "tellMeMore";
    public const string Helpful = "helpful";
    public const string NotHelpful = "notHelpful";

    /// <summary>Any other button: its text is asked as if typed.</summary>
    public const string Ask = "ask";

    /// <summary>A question's answer (<see cref="SubmittedChoice"/>): the dialog reads its value; its title is the message's text.</summary>
    public const string Choose = SubmittedChoice.Action;

    /// <summary>The id a button sends back.</summary>
    public static string For(ButtonAction action) => action switch
    {
        ButtonAction.TellMeMore => TellMeMore,
        ButtonAction.Helpful => Helpful,
        ButtonAction.NotHelpful => NotHelpful,
        _ => Ask,
    };

    /// <summary>The words a button stands for, as the existing steps understand them; null for an unknown id.</summary>
    public static string? TextFor(string action, string? text, Wording wording) => action switch
    {
        TellMeMore => wording.Buttons.TellMeMore,
        Helpful => wording.Buttons.Helpful,
        NotHelpful => wording.Buttons.NotHelpful,
        Ask or Choose => string.IsNullOrWhiteSpace(text) ? null : text.Trim(),
        _ => null,
    };
}
