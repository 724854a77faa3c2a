namespace CroydonBot.Knowledge;

/// <summary>How the knowledge index is built and when an answer is good enough to give.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>Empty: build the index in memory at start-up. A folder: build it there (or reuse it, if current).</summary>
    public string? IndexPath { get; set; }

    /// <summary>Below this confidence (0 to 1) the bot says it does not know instead of guessing.</summary>
    public double ConfidenceThreshold { get; set; } = 0.5;

    /// <summary>About how many words an answer has before "Tell me more".</summary>
    public int AnswerWords { get; set; } = 60;

    /// <summary>How many recently asked questions keep their answer ready (0: work every answer out afresh).</summary>
    public int RecentAnswers { get; set; } = 2_000;

    /// <summary>
    /// Only the first this many words of a message are searched: spelling correction costs a little per
    /// unknown word, and no real question is longer, so a wall of random words costs what a question does.
    /// </summary>
    public int MaxQuestionWords { get; set; } = 80;

    /// <summary>Questions longer than this (characters, after the word cap) are answered but not remembered.</summary>
    public int MaxRememberedQuestionChars { get; set; } = 500;

    /// <summary>
    /// How candidates are ranked: "reranked" (the fitted features of seeds/ranking.yaml) or "lexical" (coverage
    /// and BM25 only, as before re-ranking). <c>eval --rankings=lexical,reranked</c> compares them.
    /// </summary>
    public string Ranking { get; set; } = Reranked;

    /// <summary>
    /// Empty: seeds/word-spread.tsv. A file: another table of how spread words are (<c>train-word-spread --leave-out=</c>
    /// writes one learned without some batches, so a bot can be scored on batches its table never saw).
    /// </summary>
    public string? WordSpreadPath { get; set; }

    /// <summary>
    /// Empty: seeds/answer-gate.tsv. A file: another answer gate (<c>train-answer-gate --leave-out=</c> writes one learned
    /// without some batches, so a bot can be scored on batches its gate never saw).
    /// </summary>
    public string? AnswerGatePath { get; set; }

    /// <summary>
    /// Empty: seeds/neighbours.tsv. A file: other labelled questions for the re-ranker's neighbour feature
    /// (<c>train-neighbours --leave-out=</c> writes one without some batches, so a bot can be scored on batches it never saw).
    /// </summary>
    public string? NeighboursPath { get; set; }

    /// <summary>
    /// Round AL (sent-al): true lets the learned table (seeds/sentence-choice.tsv) pick the lead sentence within the top section.
    /// Off: it beat the hand weights leave-one-batch-out on which sentence holds the fact, but lost development scripts end to
    /// end (docs/quality.md, round AL), so it is measured with <c>--Knowledge:LearnedLead=true</c>, not adopted.
    /// </summary>
    public bool LearnedLead { get; set; }

    /// <summary>
    /// Round AM (lead-am): with <see cref="LearnedLead"/> on, the learned lead replaces the hand rules' only when the table scores it
    /// higher than the hand lead by more than this margin (0: whenever it differs).
    /// </summary>
    public double LearnedLeadMargin { get; set; }

    /// <summary>
    /// Round AM (lead-am): empty: seeds/sentence-choice.tsv. A file: another table (<c>train-sentence-choice --leave-out= --out=</c>
    /// writes one learned without some batches, so a bot can be scored end to end on batches its table never saw).
    /// </summary>
    public string? SentenceChoicePath { get; set; }

    /// <summary>
    /// Round AM (stay-am): true lets the learned follow-up choice (seeds/follow-up-choice.tsv) replace the hand cascade's reading of
    /// a follow-up when another candidate section beats it by the table's margin (docs/quality.md, round AM).
    /// </summary>
    public bool LearnedFollowUp { get; set; }

    public const string Reranked = "reranked";
    public const string Lexical = "lexical";
}
