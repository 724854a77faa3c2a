using System.Globalization;
using System.Text.RegularExpressions;
using CroydonBot.Knowledge;

namespace CroydonBot.Replies;

/// <summary>
/// Puts a knowledge answer's parts into the bot's words from dialogs/wording.yaml: each part with its [n], a
/// history warning before a part from history, what has happened since, and a source line per part (for a
/// guide: the public sources it was written from and when its facts were checked). Every channel's reply,
/// plain text or card, is rendered here.
/// </summary>
public sealed partial class AnswerRenderer(Wording wording)
{
    public RenderedAnswer Render(AnswerReply reply) => new(
        reply.Preface,
        Body(reply.Answer),
        SourceLines(reply.Answer),
        reply.Unanswered is null ? null : wording.PartNotAnswered.Replace("{question}", reply.Unanswered, StringComparison.Ordinal));

    /// <summary>The answer's sentences with their [n] marks, history warnings and what has happened since.</summary>
    public string Body(ComposedAnswer answer)
    {
        var text = new List<string>();
        foreach (var part in answer.Parts)
        {
            if (part.History is { } history)
            {
                if (history.CurrentFirst is { } current)
                {
                    text.Add(current);
                }
                text.Add(wording.HistoricalPrefix.Replace("{date}", history.DateLabel, StringComparison.Ordinal));
            }
            text.Add($"{(part.History is null ? part.Body : WithoutOwnHistoryLabel(part.Body))} [{part.Citation.Position}]");
        }
        if (answer.SinceThen is { } since)
        {
            text.Add(since);
        }
        return string.Join(' ', text);
    }

    /// <summary>
    /// The part without the history label a guide section opens with ("This is 2017 history.", "This is history, not
    /// Croydon's rating now (2017)."): the section says it for a reader who finds it alone, but after the warning with its
    /// date ("This is from September 2017, so it is history now.") it says the same thing twice. Nothing is taken when the
    /// label is all the part says.
    /// </summary>
    public static string WithoutOwnHistoryLabel(string body) =>
        OwnHistoryLabel().Match(body) is { Success: true } label && label.Length < body.Length ? body[label.Length..] : body;

    [GeneratedRegex(@"^This is (?:\d{4} )?history(?:, not [^.!?]*)?\.\s+")]
    private static partial Regex OwnHistoryLabel();

    /// <summary>One line per cited part, numbered when there are several.</summary>
    public IReadOnlyList<string> SourceLines(ComposedAnswer answer) =>
        [.. answer.Parts.Select(p => answer.Parts.Count > 1 ? $"[{p.Citation.Position}] {SourceLine(p.Citation)}" : SourceLine(p.Citation))];

    /// <summary>
    /// How a source is named. A guide names the public sources its section was written from, with their
    /// addresses, and the date its facts were checked; other documents their title, publisher and date.
    /// </summary>
    public string SourceLine(Citation citation)
    {
        if (!citation.IsGuide || citation.CheckedOn is not { } checkedOn)
        {
            return Fill(wording.SourceLine, citation, citation.DateLabel);
        }
        var guide = wording.GuideSources;
        var originals = citation.Originals ?? [];
        // The sources' names are put in last, so nothing in them is ever read as a placeholder.
        return Fill(originals.Count == 0 ? guide.Line : guide.LineWithOriginals, citation, citation.DateLabel)
            .Replace("{checked}", CheckedLabel(checkedOn), StringComparison.Ordinal)
            .Replace("{dated}", citation.OwnDate is { } own ? guide.Dated.Replace("{date}", own, StringComparison.Ordinal) : "", StringComparison.Ordinal)
            .Replace("{originals}", string.Join(guide.Separator, originals.Select(Original)), StringComparison.Ordinal);
    }

    /// <summary>The date a guide's facts were checked, as said to a young person ("November 2026").</summary>
    public static string CheckedLabel(DateOnly checkedOn) => checkedOn.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A public source: its name, its date when the manifest gives one, and its address when it has one.</summary>
    private string Original(OriginalSource source)
    {
        var guide = wording.GuideSources;
        var date = source.DateLabel is { } d ? guide.OriginalDate.Replace("{date}", d, StringComparison.Ordinal) : "";
        return (source.Url is null ? guide.OriginalWithoutAddress : guide.Original)
            .Replace("{url}", source.Url ?? "", StringComparison.Ordinal)
            .Replace("{date}", date, StringComparison.Ordinal)
            .Replace("{name}", source.Name, StringComparison.Ordinal);
    }

    private static string Fill(string line, Citation citation, string date) => line
        .Replace("{title}", citation.Title, StringComparison.Ordinal)
        .Replace("{publisher}", citation.Publisher, StringComparison.Ordinal)
        .Replace("{date}", date, StringComparison.Ordinal);
}
