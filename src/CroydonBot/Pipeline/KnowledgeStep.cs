using CroydonBot.Bot;
using CroydonBot.Conversation;
using CroydonBot.Knowledge;
using CroydonBot.Replies;
using CroydonBot.Storage;
using CroydonBot.Text;
using Microsoft.Extensions.Options;

namespace CroydonBot.Pipeline;

/// <summary>
/// Answers from the knowledge base: the best passage as a short sourced reply, "Did you mean...?" when two
/// different answers are equally likely, and an honest "I don't know" below the confidence threshold.
/// </summary>
public sealed class KnowledgeStep(RecentAnswers answers, ContextualRetrieval contextual, ReplyFactory replies, IOptions<KnowledgeOptions> options) : ITurnStep, Dialogs.IMidDialogQuestions
{
    /// <summary>Two hits within this ratio of each other are too close to call.</summary>
    private const double AmbiguityRatio = 0.97;

    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var text = turnContext.Activity.Text ?? "";
        var record = turnContext.Record;
        if (PlainWords.Of(text) == PlainWords.Of(replies.Wording.Buttons.NoneOfThese))
        {
            record.Kind = ReplyKinds.Fallback;
            await turnContext.SendActivityAsync(replies.Fallback(), cancellationToken);
            return true;
        }
        return await AnswerAsync(turnContext, text, null, onlyIfConfident: false, cancellationToken);
    }

    /// <summary>
    /// Answers <paramref name="text"/> only when the knowledge base is sure of one answer, and says nothing
    /// otherwise: how a dialog answers a question asked in the middle of it before asking its own again.
    /// <paramref name="preface"/> goes before the answer in the same message ("OK, nothing was sent.").
    /// </summary>
    public Task<bool> TryAnswerAsync(ITurnContext turnContext, string text, string? preface, CancellationToken cancellationToken) =>
        AnswerAsync(turnContext, text, preface, onlyIfConfident: true, cancellationToken);

    private async Task<bool> AnswerAsync(ITurnContext turnContext, string text, string? preface, bool onlyIfConfident, CancellationToken cancellationToken)
    {
        var record = turnContext.Record;
        var questions = QuestionSplitter.Split(text);
        var state = turnContext.State;
        var (result, usedContext) = contextual.Retrieve(questions[0], state.Context);
        var offer = questions.Count > 1 ? questions[1] : null;
        if (result.Confidence < options.Value.ConfidenceThreshold && offer is not null)
        {
            // The first question is beyond us; the second may not be.
            (result, usedContext, offer) = (answers.Retrieve(offer), false, null);
        }
        var confident = result.Best is not null && result.Confidence >= options.Value.ConfidenceThreshold;
        if (onlyIfConfident && (!confident || Ambiguous(result) is not null))
        {
            return false;
        }
        record.IsQuestion = true;
        record.Confidence = result.Confidence;
        if (result.Best is not { } best || !confident)
        {
            record.Kind = ReplyKinds.Fallback;
            turnContext.State.LastAnswer = null;
            if (!result.Plan.IsEmpty)
            {
                // Even unanswered, the question names what the person is asking about ("what about croydon" next).
                state.Context = contextual.Remember(result, usedContext, state.Context, null);
            }
            var fallback = replies.Fallback(result.Confidence);
            if (record.OfferFeedback)
            {
                fallback = replies.Message(replies.Wording.Fallback.Text, ReplyKinds.Fallback, replies.Wording.Fallback.Suggestions.Prepend(replies.Wording.Buttons.GiveFeedback), result.Confidence);
            }
            await turnContext.SendActivityAsync(fallback, cancellationToken);
            return true;
        }
        if (Ambiguous(result) is { } choices)
        {
            record.Kind = ReplyKinds.Answer;
            record.Topic = best.Passage.Document.Topic;
            var suggestions = choices.Append(replies.Wording.Buttons.NoneOfThese);
            await turnContext.SendActivityAsync(replies.Message(replies.Wording.DidYouMean.Text, ReplyKinds.Answer, suggestions, result.Confidence), cancellationToken);
            return true;
        }
        var answer = answers.Compose(result);
        state.Context = contextual.Remember(result, usedContext, state.Context, best);
        record.Kind = ReplyKinds.Answer;
        record.Topic = answer.Topic;
        record.Sources.AddRange(answer.PassageIds);
        turnContext.State.LastAnswer = new LastAnswer
        {
            PassageIds = [.. answer.PassageIds],
            SentencesShown = answer.SentencesShown,
        };
        var buttons = AnswerSuggestions.For(replies.Wording, answer.HasMore, offer, record.OfferFeedback);
        var answerText = preface is null ? answer.Text : preface + "\n\n" + answer.Text;
        await turnContext.SendActivityAsync(replies.Answer(answerText, answer.Citations, buttons, answer.Confidence, answer.PassageIds), cancellationToken);
        return true;
    }

    /// <summary>
    /// The guide headings to offer when the two best passages score almost the same but are about
    /// different things; null when the best answer is clear.
    /// </summary>
    private static IReadOnlyList<string>? Ambiguous(RetrievalResult result)
    {
        // Only a one-idea question ("housing?", "money") is too vague to answer when two topics tie.
        if (result.Hits.Count < 2 || result.Plan.Concepts.Count > 1)
        {
            return null;
        }
        var (first, second) = (result.Hits[0], result.Hits[1]);
        var close = second.Score >= first.Score * AmbiguityRatio;
        var different = first.Passage.Document.Kind == "guide" && second.Passage.Document.Kind == "guide"
            && first.Passage.Heading.Length > 0 && second.Passage.Heading.Length > 0
            && first.Passage.Heading != second.Passage.Heading
            && first.Passage.Document.Topic != second.Passage.Document.Topic;
        return close && different ? [first.Passage.Heading, second.Passage.Heading] : null;
    }
}
