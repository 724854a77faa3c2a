namespace CroydonBot.Safety;

/// <summary>
/// dialogs/safeguarding.yaml: the words and patterns that show a young person may be at risk, and what the
/// bot says when it sees them. Staff extend it without touching C#.
/// </summary>
public sealed class SafeguardingData
{
    public const string File = "safeguarding.yaml";

    /// <summary>Text speak and slang, one word to its plain form ("u" -> "you", "kms" -> "kill myself").</summary>
    public Dictionary<string, string> TextSpeak { get; set; } = [];

    /// <summary>Misspellings of important words, each followed by the words it stands for.</summary>
    public Dictionary<string, List<string>> Typos { get; set; } = [];

    /// <summary>Long, distinctive words also recognised with one slip of the finger (a letter missing, added, swapped).</summary>
    public List<string> FuzzyWords { get; set; } = [];

    /// <summary>Short words that matter (4-5 letters), also recognised with two neighbouring letters swapped ("wnat").</summary>
    public List<string> SwapWords { get; set; } = [];

    /// <summary>Everyday words, beyond those in the patterns, that a run-together message ("iwanttodie") may be split into.</summary>
    public List<string> SplitWords { get; set; } = [];

    /// <summary>Named regular-expression pieces, used in patterns as {name}.</summary>
    public Dictionary<string, string> Vocabulary { get; set; } = [];

    /// <summary>
    /// Named pieces that only <see cref="EverydayQuestions"/> and <see cref="FiguresOfSpeech"/> use, as {name} beside
    /// <see cref="Vocabulary"/>'s. Kept apart because every word in <see cref="Vocabulary"/> also tells the word splitter
    /// what a run-together word may be made of, so adding one changes how the learned layer reads other words ("warning"
    /// read as "war ning" once "war" and "ning" were known); a list that only softens a reading must not do that.
    /// </summary>
    public Dictionary<string, string> EverydayVocabulary { get; set; } = [];

    /// <summary><see cref="Vocabulary"/> and <see cref="EverydayVocabulary"/> together, for the everyday questions and figures of speech.</summary>
    public IReadOnlyDictionary<string, string> VocabularyWithEveryday()
    {
        var both = new Dictionary<string, string>(Vocabulary);
        foreach (var (name, piece) in EverydayVocabulary)
        {
            if (!both.TryAdd(name, piece))
            {
                throw new InvalidDataException($"{File}: {{{name}}} is named in both vocabulary and everydayVocabulary.");
            }
        }
        return both;
    }

    /// <summary>The kinds of risk, each with the patterns that show it.</summary>
    public List<Category> Categories { get; set; } = [];

    /// <summary>Words that cancel a match when they come just before it ("not" suicidal).</summary>
    public List<string> Negations { get; set; } = [];

    /// <summary>Words allowed between a negation and the match ("not *being* abused").</summary>
    public List<string> NegationGap { get; set; } = [];

    /// <summary>A negation followed by one of these still signposts: "not suicidal but...".</summary>
    public List<string> Contrasts { get; set; } = [];

    /// <summary>Patterns showing the message asks about the topic (Ofsted, policy, statistics), which cancel topic matches.</summary>
    public List<string> AboutTheTopic { get; set; } = [];

    /// <summary>Patterns showing the message asks how to get help or report, which cancel topic matches in most categories.</summary>
    public List<string> HelpQuestions { get; set; } = [];

    /// <summary>
    /// Signs that a matched signal is not about now: a hard past told as settled, a game or film, a joke. A signal
    /// in such a message is weighed by the learned layer, as a topic is, instead of being a crisis outright.
    /// </summary>
    public List<string> NotNow { get; set; } = [];

    /// <summary>
    /// Signs that a message is about a date ahead and not now ("my tenancy ends next month"). Only categories with
    /// <see cref="Category.DateAheadIsWeighed"/> use them: losing a home next month is a worry to answer, tonight a crisis.
    /// </summary>
    public List<string> NotYet { get; set; } = [];

    /// <summary>
    /// A question about a right to housing (priority need, the housing register, a council flat) asked with no sign of a
    /// night out now ("19, got nowhere to live after this month, do i get priority"). Only categories with
    /// <see cref="Category.HousingAskIsWeighed"/> use them: there a signal in such a question is weighed by the learned
    /// layer, as a date ahead is, so the answer comes with the "nowhere to sleep tonight" line.
    /// </summary>
    public List<string> HousingAsks { get; set; } = [];

    /// <summary>Patterns (on the plain form) of a question about housing or somewhere to stay, which gets the "nowhere to sleep tonight" line.</summary>
    public List<string> HousingQuestions { get; set; } = [];

    /// <summary>
    /// A message that only means something with the ones before it ("mine does", "too late i already did"): the
    /// window is read for it even when the message alone scores under Safeguarding:WindowLean.
    /// </summary>
    public List<string> RefersBack { get; set; } = [];

    /// <summary>
    /// Questions about an everyday matter whose words the learned layer has learned from crises: food kept too long "safe
    /// to eat", getting a passport or a bank account, a benefit cut asked to be reconsidered. When the learned layer alone
    /// (no pattern) would give such a message the crisis reply, it gets the answer with the safety line instead.
    /// </summary>
    public List<string> EverydayQuestions { get; set; } = [];

    /// <summary>
    /// Figures of speech about feelings or appetite whose words the learned layer learned from crises ("it makes me sick",
    /// "im starving" before lunch, "its not unsafe"). When only the learned layer would give the crisis reply, it reads the
    /// message again without them; under the crisis threshold then, the answer comes with the safety line instead. A group
    /// named <c>figure</c> marks the words to leave out (the whole match when there is none).
    /// </summary>
    public List<string> FiguresOfSpeech { get; set; } = [];

    /// <summary>
    /// Round AP (safe-ap): messages that say they are feedback for the people who run a service ("pass this on", "i want it
    /// logged", "to whoever reads this"), each refusing a word of harm, low mood or despair. When only the learned layer would
    /// give such a message (or one that carries on such feedback from the person's last messages) the crisis reply, it gets
    /// the answer with the safety line instead, under <see cref="SafeguardingOptions.FeedbackCeiling"/>.
    /// </summary>
    public List<string> ToldAsFeedback { get; set; } = [];

    /// <summary>What the bot says on a match.</summary>
    public ReplyText Reply { get; set; } = new();

    /// <summary>One kind of risk.</summary>
    public sealed class Category
    {
        public string Name { get; set; } = "";

        /// <summary>Someone describing their own or a friend's situation: always a crisis unless negated.</summary>
        public List<string> Signals { get; set; } = [];

        /// <summary>The topic named without a situation: a crisis unless the message asks about the topic.</summary>
        public List<string> Topics { get; set; } = [];

        /// <summary>
        /// Signals that are themselves told lightly, as a euphemism or with a wink ("cat scratches lol, i dont have a
        /// cat", "hoping i dont make it to 21"): a crisis unless negated, and never softened by <see cref="NotNow"/>'s
        /// joke markers or a date ahead, which are how such a message is usually told.
        /// </summary>
        public List<string> LightlyTold { get; set; } = [];

        /// <summary>
        /// Round U (safe-u2): a harm told with a sign that it goes on now ("abused as a kid and he still messages me every
        /// night", "sold to work in a house, i still have to work there"): a crisis unless negated, and never softened by
        /// <see cref="NotNow"/>'s childhood past or years ago, because the harm is not past.
        /// </summary>
        public List<string> GoesOn { get; set; } = [];

        /// <summary>True when asking how to get help with this topic is itself answered best by the helplines.</summary>
        public bool SignpostHelpQuestions { get; set; }

        /// <summary>
        /// Round AC (safe-ac): crisis words of this category (patterns, plain form) that, matched as the topic of a message that
        /// asks nothing ("suicidal. dont know who else to tell") while the learned layer is unsure, get the check-in
        /// (<see cref="ReplyText.CheckIn"/>): such a message has no question for the knowledge base, so it would otherwise end
        /// in the feedback dialog or "I don't know".
        /// </summary>
        public List<string> CheckInWords { get; set; } = [];

        /// <summary>True (the default) when "not X but..." still signposts, because the negation may be a hedge.</summary>
        public bool HedgesSignpost { get; set; } = true;

        /// <summary>
        /// True when a signal told about a date ahead (<see cref="NotYet"/>) is weighed by the learned layer rather than
        /// a crisis outright: nowhere to stay after an eviction next month, but not a threat or a plan to die.
        /// </summary>
        public bool DateAheadIsWeighed { get; set; }

        /// <summary>
        /// True when a signal in a question about a right to housing (<see cref="HousingAsks"/>) is weighed by the learned
        /// layer rather than a crisis outright: a home lost or insecure, asked about, but no night out or danger named.
        /// </summary>
        public bool HousingAskIsWeighed { get; set; }

        /// <summary>
        /// True for a risk to a home or to money (nowhere to sleep, homeless, no food): the crisis reply still comes first,
        /// and a question the message also asks ("is that right?") is answered after it instead of being dropped. Never
        /// for a danger to life or body, whose reply stays alone.
        /// </summary>
        public bool AnswersQuestionAfter { get; set; }
    }

    /// <summary>The reply text and the buttons offering to carry on.</summary>
    public sealed class ReplyText
    {
        public string Text { get; set; } = "";
        public List<string> Suggestions { get; set; } = [];

        /// <summary>The one short line added to an answer when the learned layer is unsure.</summary>
        public string SafetyLine { get; set; } = "";

        /// <summary>The line added to a housing answer: where to go with nowhere to sleep tonight.</summary>
        public string HousingLine { get; set; } = "";

        /// <summary>
        /// The shorter signposting said first when the person asks a question right after the crisis reply: the
        /// numbers again, then the answer.
        /// </summary>
        public string Again { get; set; } = "";

        /// <summary>Round AC (safe-ac): the gentle check-in with the numbers, for a risk named in a message that asks nothing.</summary>
        public string CheckIn { get; set; } = "";
    }
}
