namespace CroydonBot.Replies;

/// <summary>The follow-up buttons under an answer. Teams shows only the first three, so the order matters.</summary>
public static class AnswerSuggestions
{
    public static IReadOnlyList<ReplyButton> For(Wording wording, bool hasMore, string? related = null, bool offerFeedback = false)
    {
        var list = new List<ReplyButton>();
        if (offerFeedback)
        {
            // First, so Teams' three buttons always include the way into the feedback conversation.
            list.Add(new ReplyButton(wording.Buttons.GiveFeedback));
        }
        if (hasMore)
        {
            list.Add(new ReplyButton(wording.Buttons.TellMeMore, ButtonAction.TellMeMore));
        }
        list.Add(new ReplyButton(wording.Buttons.Helpful, ButtonAction.Helpful));
        list.Add(new ReplyButton(wording.Buttons.NotHelpful, ButtonAction.NotHelpful));
        if (related is not null)
        {
            list.Add(new ReplyButton(related));
        }
        return list;
    }
}
