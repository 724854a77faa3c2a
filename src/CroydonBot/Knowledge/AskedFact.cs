using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Whether the passages found can give the one fact a question asks for. "How much do ambassadors get paid an
/// hour?" finds the section about ambassadors' pay, but it holds no amount: answering with it would look
/// like an answer and tell nothing, so the bot says honestly that it does not know.
/// </summary>
public static partial class AskedFact
{
    /// <summary>True when the question asks for an amount of money and the best passage holds none.</summary>
    public static bool IsMissing(RetrievalResult result)
    {
        // The kind is read from what is asked, not the frame before it: "im angry prescriptions cost so much, are they meant
        // to be free now?" complains of a cost but asks whether they are free, which holds no amount.
        if (result.Best is not { } best)
        {
            return false;
        }
        var asked = AskedPart(result.Plan.Question);
        // Round AQ (abstain-aq): a figure of another thing than the passage's (a named rate, a count of people) is missing
        // however many sums the passage holds.
        if (FigureOfAnotherThing.IsMissing(asked, best.Passage.Text))
        {
            return true;
        }
        if (!AsksAnAmount(asked))
        {
            return false;
        }
        // Only the best passage counts: an amount from a runner-up is about something else (the apprenticeship
        // bursary's £1,000 is no answer to what foster carers are paid).
        return !QuestionKinds.Holds(QuestionKind.HowMuch, best.Passage.Text);
    }

    /// <summary>
    /// What <paramref name="question"/> asks, without the situation told before it (<see cref="CroydonBot.Text.QuestionShape.QuestionPart"/>).
    /// Not remembered between calls: a per-thread memo was measured (round AT) and saved nothing, since most calls in a turn read
    /// different texts.
    /// </summary>
    public static string AskedPart(string question) =>
        CroydonBot.Text.QuestionShape.AsksInALaterClause(question) ? CroydonBot.Text.QuestionShape.QuestionPart(question) : question;

    /// <summary>
    /// Which kind of figure the question asks for and the best passage cannot give (<see cref="IsMissing"/>): a count of people
    /// ("how many care leavers went to uni") or otherwise an amount. Decided here, in one place, so that the reply says "I don't
    /// have the amount" only when an amount was asked.
    /// </summary>
    public static MissingFigure Missing(RetrievalResult result) =>
        !IsMissing(result) ? MissingFigure.None
        : FigureOfAnotherThing.AsksACountOfPeople(result.Plan.Question) ? MissingFigure.Count
        : MissingFigure.Amount;

    /// <summary>
    /// True when <paramref name="asked"/> asks for a sum of money: "how much" of something paid, or what someone earns ("what
    /// does the chief executive earn", "whats a social workers salary"), which asks a sum without saying "how much". Not "do
    /// ambassadors earn anything": yes or no is answered by a passage saying they are paid, with or without the sum. A price
    /// asked with "how much is" counts though it names no money ("how much is a passport").
    /// </summary>
    public static bool AsksAnAmount(string asked) =>
        QuestionKinds.Of(asked) == QuestionKind.HowMuch && (Money().IsMatch(asked) || PriceOf().IsMatch(asked))
        || Earnings().IsMatch(asked) && !QuestionKinds.IsYesNo(asked);

    // "How much is a passport", "how much are driving lessons": a thing's price, though no money word is said. Not "how much
    // of the staff" or "how much off" (a share), nor "how much is it" (a follow-up, read against the last answer).
    [GeneratedRegex(@"\bhow (much|mutch) (is|are|r)\b(?! (it|that|this|they|them)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex PriceOf();

    [GeneratedRegex(@"\b(earn|earns|salary|salaries)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Earnings();

    [GeneratedRegex(@"\b(pay|paid|pays|money|cost|costs|£|grand|bursary|grant|allowance|worth|fee|fees|price|give|gives|get|gets|wage|salary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();
}
