namespace CroydonBot.Protocol;

/// <summary>
/// What a reply's text was rendered from (an answer's parts, say), kept beside the activity in memory and
/// never sent, so a shaper can render the reply again for a channel without parsing its text back.
/// </summary>
public interface IReplyContent
{
    /// <summary>The same content with a paragraph said under it (the safeguarding check's line), which any rendering must keep.</summary>
    IReplyContent WithFooter(string paragraph);

    /// <summary>
    /// Round AT (safe-at): the same content with a paragraph said before everything else in it (the safeguarding check's line when
    /// the reply asks the person to act on their words, as the feedback dialog's offer does: the line must not wait under it).
    /// </summary>
    IReplyContent WithHeader(string paragraph);
}
