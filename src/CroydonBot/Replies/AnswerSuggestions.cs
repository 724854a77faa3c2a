namespace CroydonBot.Replies;

/// <summary>The follow-up buttons under an answer. Teams shows only the first three, so the order matters.</summary>
public static class AnswerSuggestions
{
    public static IReadOnlyList<string> For(Wording wording, bool hasMore, string? related = null, bool offerFeedback = false)
    {
        var list = new List<string>();
        if (offerFeedback)
        {
            // First, so Teams' three buttons always include the way into the feedback conversation.
            list.Add(wording.Buttons.GiveFeedback);
        }
        if (hasMore)
        {
            list.Add(wording.Buttons.TellMeMore);
        }
        list.Add(wording.Buttons.Helpful);
        list.Add(wording.Buttons.NotHelpful);
        if (related is not null)
        {
            list.Add(related);
        }
        return list;
    }
}
