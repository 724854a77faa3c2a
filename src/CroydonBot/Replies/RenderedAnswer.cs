namespace CroydonBot.Replies;

/// <summary>
/// An answer reply in words: what it says and the source lines under it. <see cref="Text"/> is the message
/// text every channel gets; a card lays the same pieces out its own way.
/// </summary>
/// <param name="Preface">Said first, if anything.</param>
/// <param name="Body">The answer's sentences with their [n] marks, history warnings and what has happened since.</param>
/// <param name="SourceLines">One line per cited source.</param>
/// <param name="Note">Said after the sources: the part of the question that found no answer, if any.</param>
public sealed record RenderedAnswer(string? Preface, string Body, IReadOnlyList<string> SourceLines, string? Note)
{
    /// <summary>The message text: the sources on lines of their own after a blank line, under the answer.</summary>
    public string Text
    {
        get
        {
            var answer = Body + "\n\n" + string.Join('\n', SourceLines);
            return (Preface, Note) switch
            {
                (null, null) => answer,
                (null, { } note) => answer + "\n\n" + note,
                ({ } preface, null) => preface + "\n\n" + answer,
                ({ } preface, { } note) => string.Concat(preface, "\n\n", answer, "\n\n" + note),
            };
        }
    }
}
