using System.Text.RegularExpressions;
using CroydonBot.Caching;
using CroydonBot.Dialogs.Feedback.Intent;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// Decides whether a message starts the feedback conversation. The commands in dialogs/feedback.yaml
/// (the "Give feedback" button, Teams' "feedback" command) start it as they are; anything else is read by
/// the learned feedback intent model (dialogs/feedback-intent/): wanting to tell the council something
/// starts it, with the message offered as the feedback when it already holds some; asking about feedback
/// or complaints ("how do I complain?") is a question for the knowledge base, answered with a
/// "Give feedback" button.
/// </summary>
public sealed partial class FeedbackTriggers
{
    /// <summary>The model's probability of feedback (start or offer) above which the dialog starts.</summary>
    public const float StartThreshold = 0.5f;

    /// <summary>
    /// The same for a message that asks for information (a question mark, a question word): starting the dialog on a real question hides its
    /// answer, which costs more than answering a request to give feedback (whose answer offers the button).
    /// </summary>
    public const float QuestionStartThreshold = 0.75f;

    /// <summary>The probability of asking about feedback above which a "Give feedback" button is offered.</summary>
    public const float AboutThreshold = 0.35f;

    /// <summary>Longer messages are not read by the model.</summary>
    public const int MaxReadLength = 2_000;

    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);
    private readonly HashSet<string> _start;
    private readonly RecentTexts<FeedbackTrigger?> _recent = new(2_000);
    private readonly Regex[] _labelled;
    private readonly Regex[] _ambassador;
    private readonly FeedbackIntentModel _model;

    public FeedbackTriggers(FeedbackTriggerData data, FeedbackIntentModel model)
    {
        _start = [.. data.Start.Select(PlainWords.Of)];
        _labelled = Compile(data.Labelled);
        _ambassador = Compile(data.Ambassador);
        _model = model;
    }

    /// <summary>
    /// The trigger, or null when the message is not about feedback at all. A trigger that does not
    /// <see cref="FeedbackTrigger.Starts"/> asks about feedback: answer it, and offer the button.
    /// </summary>
    public FeedbackTrigger? Match(string? text) =>
        // Every message is checked; the same words always give the same trigger, so common ones are remembered.
        text is null ? Evaluate(text) : _recent.GetOrAdd(text, Evaluate);

    private FeedbackTrigger? Evaluate(string? text)
    {
        try
        {
            return Read(text);
        }
        catch (RegexMatchTimeoutException)
        {
            // A 100 KB paste on a busy server can outlast the timeout: not feedback, rather than a failed turn.
            return null;
        }
    }

    private FeedbackTrigger? Read(string? text)
    {
        // Teams puts "<at>CroydonBot</at>" before a command in group chats.
        var plain = Mention().Replace(text ?? "", " ").Replace('\u2019', '\'').Trim();
        var normalised = PlainWords.Of(plain);
        if (normalised.Length == 0)
        {
            return null;
        }
        var ambassador = _ambassador.Any(r => r.IsMatch(plain));
        if (_start.Contains(normalised))
        {
            return new FeedbackTrigger(null, ambassador);
        }
        // Feedback with a label in front ("suggestion: more youth clubs") says what it is, like a command:
        // it is offered without its label.
        if (_labelled.Select(r => r.Match(plain)).FirstOrDefault(m => m.Success)?.Groups["message"] is { Success: true } labelled)
        {
            return new FeedbackTrigger(labelled.Value.Trim(), ambassador);
        }
        // The model learned from messages of a sentence or two; a paste longer than a feedback message may
        // be (2,000 characters), or text that is mostly symbols and numbers, is read as a question, not guessed at.
        if (plain.Length > MaxReadLength || FeedbackIntentText.IsMostlyNotWords(plain))
        {
            return null;
        }
        var reading = _model.Predict(plain);
        // A clause that opens as a question ("my mate lives with me, does the council tax thing cover her") asks too.
        var threshold = FeedbackIntentText.AsksForInformation(plain) || FeedbackIntentText.AsksInALaterClause(plain) ? QuestionStartThreshold : StartThreshold;
        // A few words read as feedback already given ("the ambassador thing") are a topic named, not a message to send.
        var tooShortToOffer = normalised.Split(' ').Length < MinOfferWords && reading.Offer * 2 > reading.Feedback;
        if (reading.Feedback >= threshold && reading.Feedback > reading.About && !tooShortToOffer)
        {
            // A message that holds feedback is offered whole; "i want to tell the council something" starts
            // with the first question.
            return new FeedbackTrigger(reading.Offer >= reading.Feedback - reading.Offer ? plain : null, ambassador);
        }
        if (reading.About >= AboutThreshold || (reading.Feedback >= StartThreshold && !FeedbackIntentText.AsksInALaterClause(plain)))
        {
            // "how do i feed back about my advocate, she was amazing": asking how to give feedback while giving it
            // is giving it. A clause that tells and reads as feedback on its own decides; a situation told before
            // a question ("i read the council might lose it, is that happening") stays a question.
            if (ToldClauses(plain).Any(c => _model.Predict(c).Feedback >= ClauseStartThreshold))
            {
                return new FeedbackTrigger(plain, ambassador);
            }
        }
        return reading.About >= AboutThreshold ? new FeedbackTrigger(null, ambassador, Starts: false) : null;
    }

    /// <summary>How sure the model must be of one telling clause, read alone, to start the dialog for the whole message.</summary>
    public const float ClauseStartThreshold = 0.6f;

    /// <summary>The clauses of a message of two or more that tell rather than ask, of three words or more.</summary>
    private static IEnumerable<string> ToldClauses(string text)
    {
        var clauses = ClauseBreak().Split(text).Select(c => c.Trim()).Where(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3).ToList();
        return clauses.Count < 2 ? [] : clauses.Where(c => !FeedbackIntentText.AsksSomething(c) && !FeedbackIntentText.OpensLikeQuestion(c));
    }

    [GeneratedRegex(@"[,.;:!?\n]+|\s[-\u2013\u2014]\s|\s(?:but|and then|because|cos|coz)\s")]
    private static partial Regex ClauseBreak();

    /// <summary>Fewer words than this are never offered as the feedback itself.</summary>
    public const int MinOfferWords = 4;

    /// <summary>A message longer than this is something said, not a way of stopping.</summary>
    public const int MaxStopWords = 15;

    /// <summary>
    /// The model's probability that a message wants to stop ("on reflection I'd rather not go ahead"), for the
    /// dialog's change of mind in words no list holds; 0 for a long message, one that asks something, or one the
    /// model reads as feedback rather than stopping.
    /// </summary>
    public float StopReading(string text)
    {
        var plain = text.Replace('\u2019', '\'').Trim();
        if (plain.Length == 0 || plain.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxStopWords
            || FeedbackIntentText.IsMostlyNotWords(plain) || FeedbackIntentText.AsksSomething(plain))
        {
            return 0;
        }
        var reading = _model.Predict(plain);
        return reading.Stop > reading.Feedback && reading.Stop > reading.About ? reading.Stop : 0;
    }

    /// <summary>
    /// True when the model reads the message as feedback more than as stopping: "never mind the bursary, my PA
    /// never calls back" is a message that opens with a way of stopping, not a change of mind.
    /// </summary>
    public bool ReadsAsFeedbackRatherThanStop(string text)
    {
        var plain = text.Replace('\u2019', '\'').Trim();
        if (plain.Length == 0 || plain.Length > MaxReadLength || FeedbackIntentText.IsMostlyNotWords(plain))
        {
            return false;
        }
        var reading = _model.Predict(plain);
        return reading.Feedback > reading.Stop;
    }

    private static Regex[] Compile(IEnumerable<string> patterns) =>
        [.. patterns.Select(p => new Regex(p, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexTimeout))];

    [GeneratedRegex("<at>[^<]*</at>", RegexOptions.IgnoreCase)]
    private static partial Regex Mention();
}
