using System.Text.Json;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;
using CroydonBot.Replies;

namespace CroydonBot.Eval;

/// <summary>The replies to one question, as the CLI prints them: text, kind, confidence and sources.</summary>
public sealed record ReplySummary(string Text, string Kind, double? Confidence, IReadOnlyList<ReplySource> Sources, IReadOnlyList<string> Suggestions)
{
    public static ReplySummary From(IReadOnlyList<Activity> replies, KnowledgeIndex index)
    {
        var messages = replies.Where(r => r.Type == ActivityTypes.Message).ToList();
        var text = string.Join("\n\n", messages.Select(TextOf).Where(t => t.Length > 0));
        var kind = messages.Select(ReplyChannelData.KindOf).FirstOrDefault(k => k is not null) ?? "none";
        var confidence = messages.Select(ReplyChannelData.ConfidenceOf).FirstOrDefault(c => c is not null);
        var sources = messages.SelectMany(ReplyChannelData.SourcesOf)
            .Select(index.PassageWithId)
            .OfType<Passage>()
            .Select(p => new ReplySource(p.Document.Title, p.DateLabel, p.Document.Url, p.Id))
            .ToList();
        var suggestions = messages.LastOrDefault()?.SuggestedActions?.Actions.Select(a => a.Title ?? "").ToList() ?? [];
        return new ReplySummary(text, kind, confidence, sources, suggestions);
    }

    /// <summary>The message text plus any text inside its cards, since what a person reads is both.</summary>
    public static string TextOf(Activity activity)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            parts.Add(activity.Text);
        }
        foreach (var attachment in activity.Attachments ?? [])
        {
            if (attachment.Content is not null)
            {
                parts.AddRange(CardText(JsonSerializer.SerializeToElement(attachment.Content, ProtocolJson.Options)));
            }
        }
        return string.Join("\n", parts);
    }

    private static IEnumerable<string> CardText(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name is "text" or "title" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        yield return property.Value.GetString()!;
                    }
                    else
                    {
                        foreach (var inner in CardText(property.Value))
                        {
                            yield return inner;
                        }
                    }
                }
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in CardText(item))
                    {
                        yield return inner;
                    }
                }
                break;
        }
    }
}

/// <summary>One source of an answer.</summary>
public sealed record ReplySource(string Title, string Date, string Url, string PassageId);
