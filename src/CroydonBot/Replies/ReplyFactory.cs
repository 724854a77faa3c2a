using CroydonBot.Configuration;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;
using Microsoft.Extensions.Options;

namespace CroydonBot.Replies;

/// <summary>
/// Builds the bot's reply activities: text, suggested actions, citations and the channelData kind.
/// Every reply is made here so they all carry the same metadata.
/// </summary>
public sealed class ReplyFactory(Wording wording, IOptions<ContactOptions> contacts)
{
    private readonly IReadOnlyDictionary<string, string> _placeholders = contacts.Value.AsPlaceholders();

    public Wording Wording => wording;

    public Activity Welcome() => FromWording(wording.Welcome, ReplyKinds.SmallTalk);
    public Activity Help() => FromWording(wording.Help, ReplyKinds.SmallTalk);
    public Activity TurnError() => FromWording(wording.TurnError, ReplyKinds.Fallback);
    public Activity EmptyMessage() => FromWording(wording.EmptyMessage, ReplyKinds.SmallTalk);

    /// <summary>The honest "I don't know", with what the bot can help with and who else can.</summary>
    public Activity Fallback(double? confidence = null) => FromWording(wording.Fallback, ReplyKinds.Fallback, confidence);

    /// <summary>A plain message of a given kind, with optional quick replies.</summary>
    public Activity Message(string text, string kind, IEnumerable<string>? suggestions = null, double? confidence = null) => new()
    {
        Type = ActivityTypes.Message,
        Text = Placeholders.Fill(text, _placeholders),
        InputHint = InputHints.AcceptingInput,
        SuggestedActions = Suggest(suggestions),
        ChannelData = ReplyChannelData.Create(kind, confidence),
    };

    /// <summary>An answer with its citations.</summary>
    public Activity Answer(string text, IReadOnlyList<Citation> citations, IEnumerable<string> suggestions, double confidence, IReadOnlyList<string>? passageIds = null)
    {
        var activity = Message(text, ReplyKinds.Answer, suggestions, confidence);
        activity.ChannelData = ReplyChannelData.Create(ReplyKinds.Answer, confidence, passageIds);
        if (citations.Count > 0)
        {
            activity.Entities = [CitationEntity.Create(citations)];
        }
        return activity;
    }

    /// <summary>Fills contact placeholders in any text.</summary>
    public string Fill(string text) => Placeholders.Fill(text, _placeholders);

    private Activity FromWording(Wording.Message message, string kind, double? confidence = null) =>
        Message(message.Text, kind, message.Suggestions, confidence);

    private static SuggestedActions? Suggest(IEnumerable<string>? suggestions)
    {
        var actions = suggestions?.Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => CardAction.ImBack(s)).ToList();
        // A2004/A7701: omit suggested actions rather than send an empty list.
        return actions is { Count: > 0 } ? new SuggestedActions { Actions = actions } : null;
    }
}
