using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Replies;

/// <summary>Answers built by hand from typed parts, as Knowledge returns them, for the renderer's and the card's tests.</summary>
public static class AnswerParts
{
    public static Citation Document(int position = 1, string? url = "https://example.org/news") =>
        new(position, "A report", "A publisher", url, "May 2024", "Abstract");

    public static Citation Guide(int position = 1, params OriginalSource[] originals) =>
        new(position, "A guide", "CroydonBot guide, written from public sources", "", "April 2018", "Abstract",
            IsGuide: true, CheckedOn: new DateOnly(2026, 11, 23), Originals: originals);

    public static AnswerPart Part(Citation citation, string lead, params string[] supporting) => new(lead, supporting, citation);

    public static ComposedAnswer Of(params AnswerPart[] parts) =>
        new(parts, [.. parts.Select(p => $"doc.txt#{p.Citation.Position}")], 0.9, 2, HasMore: true, "entitlements", []);
}
