namespace CroydonBot.Knowledge;

/// <summary>
/// One source behind an answer, shown as [n] in the text and as a citation entity: the document it comes
/// from, the date its facts speak from and, for a guide, the date they were checked and the original sources
/// the section was written from (as seeds/manifest.yaml and the guide give them: never guessed).
/// </summary>
/// <param name="Position">The n of [n], from 1.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Publisher">Who published the document.</param>
/// <param name="Url">The document's address, if it has one.</param>
/// <param name="DateLabel">The date the facts speak from, as said to a young person ("October 2024").</param>
/// <param name="Abstract">The sentences cited, as the answer says them.</param>
/// <param name="IsGuide">True for a CroydonBot guide, written from other public sources.</param>
/// <param name="CheckedOn">For a guide: the day its facts were last checked.</param>
/// <param name="Originals">For a guide section: the public sources it was written from.</param>
/// <param name="OwnDate">For a guide section with its own "Dated:" line: when its facts date from; else null.</param>
public sealed record Citation(
    int Position,
    string Title,
    string Publisher,
    string? Url,
    string DateLabel,
    string Abstract,
    bool IsGuide = false,
    DateOnly? CheckedOn = null,
    IReadOnlyList<OriginalSource>? Originals = null,
    string? OwnDate = null)
{
    /// <summary>The first web address a person can open: the document's own, else an original source's.</summary>
    public string? Link
    {
        get
        {
            // A loop, not a query: every answer's citation asks this once or twice.
            if (IsWebAddress(Url))
            {
                return Url;
            }
            var originals = Originals ?? [];
            for (var i = 0; i < originals.Count; i++)
            {
                if (IsWebAddress(originals[i].Url))
                {
                    return originals[i].Url;
                }
            }
            return null;
        }
    }

    private static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
