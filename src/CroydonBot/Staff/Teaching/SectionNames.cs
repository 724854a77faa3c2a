using CroydonBot.Knowledge;

namespace CroydonBot.Staff.Teaching;

/// <summary>
/// Names for what staff see instead of internal codes: a section is its document's title and heading, and a topic
/// code is the title of the guide about it (or a plain wording of the bot's own labels).
/// </summary>
public sealed class SectionNames(IPassageSearch knowledge)
{
    public string Of(Passage passage) => string.IsNullOrWhiteSpace(passage.Heading)
        ? $"{passage.Document.Title} (part {passage.Ordinal + 1})"
        : $"{passage.Document.Title}: {passage.Heading}";

    /// <summary>The section's name, or the id itself when the section no longer exists.</summary>
    public string OfId(string passageId) =>
        knowledge.Passages.FirstOrDefault(p => p.Id == passageId) is { } passage ? Of(passage) : passageId;

    public bool Exists(string passageId) => knowledge.Passages.Any(p => p.Id == passageId);

    /// <summary>The sources column of the question log ("id;id") as section names.</summary>
    public IReadOnlyList<string> OfSources(string sources) =>
        [.. sources.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().Select(OfId)];

    public string Topic(string? topic)
    {
        if (string.IsNullOrWhiteSpace(topic))
        {
            return "";
        }
        const string outOfScope = "out-of-scope:";
        if (topic.StartsWith(outOfScope, StringComparison.Ordinal))
        {
            return "Not something the bot can do: " + topic[outOfScope.Length..].Replace('-', ' ');
        }
        var guide = knowledge.Passages.Select(p => p.Document)
            .FirstOrDefault(d => d.Kind == "guide" && d.Topic == topic);
        return guide?.Title ?? topic switch
        {
            "safeguarding" => "Safeguarding",
            "smalltalk" => "Small talk",
            _ => char.ToUpperInvariant(topic[0]) + topic[1..].Replace('-', ' '),
        };
    }
}
