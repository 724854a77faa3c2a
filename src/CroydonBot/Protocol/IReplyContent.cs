namespace CroydonBot.Protocol;

/// <summary>
/// What a reply's text was rendered from (an answer's parts, say), kept beside the activity in memory and
/// never sent, so a shaper can render the reply again for a channel without parsing its text back.
/// </summary>
public interface IReplyContent
{
    /// <summary>The same content with a paragraph said under it (the safeguarding check's line), which any rendering must keep.</summary>
    IReplyContent WithFooter(string paragraph);
}
