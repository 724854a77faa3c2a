using System.Text.Json;
using CroydonBot.Configuration;
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
    private readonly AnswerRenderer _answers = new(wording);

    public Wording Wording => wording;

    public Activity Welcome() => FromWording(wording.Welcome, ReplyKinds.SmallTalk);
    public Activity Help() => FromWording(wording.Help, ReplyKinds.SmallTalk);
    public Activity TurnError() => FromWording(wording.TurnError, ReplyKinds.Fallback);
    public Activity EmptyMessage() => FromWording(wording.EmptyMessage, ReplyKinds.SmallTalk);

    /// <summary>The honest "I don't know", with what the bot can help with and who else can.</summary>
    public Activity Fallback(double? confidence = null) => FromWording(wording.Fallback, ReplyKinds.Fallback, confidence);

    /// <summary>A plain message of a given kind, with optional quick replies.</summary>
    public Activity Message(string text, string kind, IEnumerable<string>? suggestions = null, double? confidence = null) =>
        Message(text, ReplyChannelData.Create(kind, confidence), suggestions);

    private Activity Message(string text, JsonElement channelData, IEnumerable<string>? suggestions) => new()
    {
        Type = ActivityTypes.Message,
        Text = Placeholders.Fill(text, _placeholders),
        InputHint = InputHints.AcceptingInput,
        SuggestedActions = Suggest(suggestions),
        ChannelData = channelData,
    };

    /// <summary>
    /// A knowledge answer in the bot's words, with its citations; the answer's parts go with the activity
    /// (<see cref="Activity.Content"/>) for shapers that lay it out for a channel.
    /// </summary>
    public Activity Answer(AnswerReply reply)
    {
        var answer = reply.Answer;
        // The channelData with the answer's sources made once: it was made without them first and then replaced.
        var activity = Message(Render(reply).Text, ReplyChannelData.Create(ReplyKinds.Answer, answer.Confidence, answer.PassageIds),
            reply.Buttons.Select(b => b.Title));
        if (answer.Parts.Count > 0)
        {
            activity.Entities = [CitationEntity.Create(answer.Citations)];
        }
        activity.Content = reply;
        return activity;
    }

    /// <summary>An answer reply's words, contact placeholders filled, as every channel shows them.</summary>
    public RenderedAnswer Render(AnswerReply reply)
    {
        var rendered = _answers.Render(reply);
        return new RenderedAnswer(
            rendered.Preface is null ? null : Fill(rendered.Preface),
            Fill(rendered.Body),
            [.. rendered.SourceLines.Select(Fill)],
            rendered.Note is null ? null : Fill(rendered.Note));
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
