namespace CroydonBot.Knowledge;

/// <summary>
/// What the re-ranker knows about a passage before any question comes: the analysed terms of each of its
/// alternative questions and its heading, the kinds of fact it holds, the ages it names, and whether it
/// describes the current position. Worked out once at start-up; sets of terms as numbers (<see cref="TermNumbers"/>).
/// </summary>
public sealed class PassageTraits
{
    /// <summary>Every analysed term of the passage (<see cref="KnowledgeIndex.TermsOf"/>).</summary>
    public required TermSet Terms { get; init; }

    public required TermSet[] QuestionTerms { get; init; }
    public required TermSet HeadingTerms { get; init; }

    /// <summary>Indexed by <see cref="QuestionKind"/>: true when the passage holds that kind of fact.</summary>
    public required bool[] Holds { get; init; }

    /// <summary>The side of a judgement the heading says: what was found wanting, what was praised, or neither.</summary>
    public JudgementSide Side { get; init; }

    /// <summary>Two-digit numbers the passage names (ages such as 18, 21, 25).</summary>
    public required IReadOnlySet<int> Numbers { get; init; }

    /// <summary>The analysed terms of each sentence: whether a question's ideas meet in one sentence.</summary>
    public required TermSet[] SentenceTerms { get; init; }

    /// <summary>The years the passage itself speaks from: its heading's, its "Dated:" line's, a source's date.</summary>
    public required IReadOnlySet<int> OwnYears { get; init; }

    /// <summary>Age ranges the passage names ("11 to 16"), so a question about a 12 year old meets them.</summary>
    public required IReadOnlyList<(int From, int To)> AgeRanges { get; init; }

    /// <summary>The sentences (by index in <see cref="SentenceTerms"/>) that quote someone's words.</summary>
    public IReadOnlyList<int> QuotingSentences { get; init; } = [];

    /// <summary>Who speaks in the passage as the text names them (<see cref="PassageSpeakers"/>), or null.</summary>
    public string? Speaker { get; init; }

    /// <summary>The analysed terms of who speaks in the passage (<see cref="PassageSpeakers"/>), or null when nobody is named.</summary>
    public IReadOnlySet<string>? SpeakerTerms { get; init; }

    /// <summary>Words that make the speaker's role another one ("shadow", "former"): see <see cref="QuestionRole.Qualifiers"/>.</summary>
    public IReadOnlyList<string> SpeakerQualifiers { get; init; } = [];

    /// <summary>The heading says it is about now ("What is Croydon's rating now?").</summary>
    public required bool IsAboutNow { get; init; }
}
