namespace CroydonBot.Safety;

/// <summary>
/// Where the learned layer's score turns into a tier (settings section "Safeguarding"). The two thresholds are
/// fitted by leave-one-batch-out cross-validation over the development batches (<c>train-safeguarding
/// --by-batch</c>, docs/safety.md): the most crises caught with at most 2% of look-alikes flagged, pooled.
/// </summary>
public sealed class SafeguardingOptions
{
    public const string Section = "Safeguarding";

    /// <summary>At or above this score the learned layer alone gives the crisis reply.</summary>
    public double CrisisThreshold { get; set; } = 0.5;

    /// <summary>At or above this score (and below the crisis one) the answer gets one short safety line.</summary>
    public double UncertainThreshold { get; set; } = 0.4;

    /// <summary>After the crisis reply, the person's next messages get it again from this score.</summary>
    public double AfterCrisisThreshold { get; set; } = 0.3;

    /// <summary>
    /// After the crisis reply, this many of the person's next replies keep one line with the helplines under them. Someone
    /// who said they took tablets and then asks about prescriptions is still at risk: the question gets its answer, and the
    /// numbers stay in sight, whatever the next message's own words say.
    /// </summary>
    public int RemindAfterCrisis { get; set; } = 3;

    /// <summary>
    /// Below this score, a crisis only the learned layer saw in an everyday question (<see cref="EverydayQuestions"/>) gets
    /// the answer with the safety line instead; at or above it the crisis reply stands. The eval crises such a question
    /// shape also fits (a bank account opened for someone else, a passport wanted back to travel) score 0.97 and more, the
    /// everyday questions 0.57-0.86 (docs/safety.md, Round S).
    /// </summary>
    public double EverydayQuestionCeiling { get; set; } = 0.9;

    /// <summary>
    /// A message of several sentences whose whole reading stays under <see cref="CrisisThreshold"/> gets the crisis reply
    /// when one of its sentences, read alone, scores this much (<see cref="ChatSentences"/>): a crisis told in one sentence
    /// of a long, ordinary message. Higher than the whole message's threshold, because a short sentence read alone has
    /// less to go on (docs/safety.md, Round T (lead)).
    /// </summary>
    public double SentenceCrisisThreshold { get; set; } = 0.9;

    /// <summary>The learned layer reads a message with the earlier ones only when the message alone scores this much.</summary>
    public double WindowLean { get; set; } = 0.3;

    /// <summary>How many of the same person's earlier messages in the conversation are read with a new one.</summary>
    public int WindowMessages { get; set; } = 2;
}
