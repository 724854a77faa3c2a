using CroydonBot.Bot;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// The first step of every message, before an active dialog or the knowledge base. A clear sign of risk
/// gets the helplines at once and the conversation is flagged for staff; an unsure one and a housing
/// question go on to the normal answer with one line added. The message is read with the same person's
/// previous two messages, so a crisis split over messages is caught. The person's next message after the crisis
/// reply gets the helplines again first, and the next few answers keep the safety line, so the numbers stay in
/// sight while the person carries on asking. A question asked with a risk to a home or to money, or right after
/// the crisis reply, is answered after the helplines rather than dropped.
/// </summary>
public sealed class SafeguardingStep(
    LayeredSafeguardingCheck check,
    SafeguardingData data,
    ReplyFactory replies,
    IPersonalDataRedactor redactor,
    IOptions<SafeguardingOptions> options,
    ILogger<SafeguardingStep> logger) : ITurnStep
{
    private const int MaxWindowEntries = 30;

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }
        var state = turnContext.State;
        var from = SenderKey(turnContext.Activity.From?.Id);
        var earlier = state.SafeguardingWindow.Where(m => m.From == from).Select(m => m.Text).TakeLast(options.Value.WindowMessages).ToList();
        // Inside a dialog the next message is the dialog's answer, and the dialog says what became of the message that
        // got the crisis reply; the safety line stays under its replies.
        var rightAfterCrisis = state.CrisisJustGivenTo == from && state.DialogStack.Count == 0;
        // The person's last message was answered from the knowledge base (their window keeps it: a crisis empties it), so a
        // short message now may be its follow-up, read against that answer's topic.
        var followsAnswer = !rightAfterCrisis && earlier.Count > 0 && state.LastAnswer is { PassageIds.Count: > 0 };
        var assessment = check.Assess(text, earlier, state.SafeguardingFlagged, rightAfterCrisis, followsAnswer);
        // Given again, the reply is not a new crisis: the message after it is read as usual. Any next message of the
        // same person ends "right after", in a dialog too, so a dialog that ends later does not bring the reply back.
        // A tentative crisis (the learned layer alone, at a low score) does not bring the reply back either: the after-crisis care
        // and the safety line under the next answers stay.
        state.CrisisJustGivenTo = assessment.RepeatsOnNext ? from
            : state.CrisisJustGivenTo == from ? null : state.CrisisJustGivenTo;
        var record = turnContext.Record;
        record.SafeguardingTier = assessment.Tier.ToString().ToLowerInvariant();
        record.SafeguardingScore = Math.Round(assessment.Score, 3);
        record.SafeguardingLayer = assessment.Layer;
        if (assessment.Tier != SafeguardingTier.Crisis)
        {
            Remember(state, from, text);
            record.SafetyLine = assessment.Tier switch
            {
                SafeguardingTier.Uncertain => replies.Fill(data.Reply.SafetyLine),
                SafeguardingTier.Housing => replies.Fill(data.Reply.HousingLine),
                _ when state.SafetyRemindersLeft > 0 => replies.Fill(data.Reply.SafetyLine),
                _ => null,
            };
            state.SafetyRemindersLeft = Math.Max(0, state.SafetyRemindersLeft - 1);
            if (assessment.Tier != SafeguardingTier.None)
            {
                logger.LogInformation("Safeguarding tier {Tier} by {Layer}, score {Score:0.000}", assessment.Tier, assessment.Layer, assessment.Score);
            }
            return false;
        }
        // The category and layer only: the words a young person wrote never go into the logs.
        logger.LogInformation("Safeguarding signposting given ({Category}) by {Layer}, score {Score:0.000}", assessment.Category ?? "learned", assessment.Layer, assessment.Score);
        state.SafeguardingWindow.RemoveAll(m => m.From == from);
        record.Kind = ReplyKinds.Safeguarding;
        record.SafeguardingFlag = true;
        record.IsQuestion = true;
        record.Topic = "safeguarding";
        state.SafeguardingFlagged = true;
        if (!assessment.Repeated)
        {
            state.SafetyRemindersLeft = Math.Max(0, options.Value.RemindAfterCrisis);
        }
        // A question goes on to be answered after the helplines (never inside a dialog, which would take it as its
        // answer); then the question's own reply carries the buttons, and a question right after the crisis reply
        // gets the shorter signposting before its answer.
        var answerFollows = assessment.AnswerAfter && state.DialogStack.Count == 0;
        var again = answerFollows && assessment.Repeated && !string.IsNullOrWhiteSpace(data.Reply.Again);
        // Round AC (safe-ac): a risk named while the learned layer is unsure, in a message that asks nothing, gets the gentler check-in.
        var checkIn = assessment.CheckIn && !string.IsNullOrWhiteSpace(data.Reply.CheckIn);
        var reply = replies.Message(again ? data.Reply.Again : checkIn ? data.Reply.CheckIn : data.Reply.Text, ReplyKinds.Safeguarding, answerFollows ? [] : data.Reply.Suggestions);
        // The reply is written in markdown (bold, a list, tel: links) so every channel shows it formatted.
        reply.TextFormat = "markdown";
        await turnContext.SendActivityAsync(reply, cancellationToken);
        return !answerFollows;
    }

    /// <summary>Tells the people in a conversation apart without keeping their channel ids in its state.</summary>
    private static string SenderKey(string? id) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(id ?? "")).AsSpan(0, 8));

    private void Remember(ConversationState state, string from, string text)
    {
        state.SafeguardingWindow.Add(new RecentMessage { From = from, Text = redactor.Redact(text[..Math.Min(text.Length, 1000)]) });
        var keep = Math.Max(options.Value.WindowMessages, 0);
        var mine = state.SafeguardingWindow.Where(m => m.From == from).ToList();
        foreach (var old in mine.Take(Math.Max(0, mine.Count - keep)))
        {
            state.SafeguardingWindow.Remove(old);
        }
        // A group chat has many people: the state must not grow with them.
        if (state.SafeguardingWindow.Count > MaxWindowEntries)
        {
            state.SafeguardingWindow.RemoveRange(0, state.SafeguardingWindow.Count - MaxWindowEntries);
        }
    }
}
