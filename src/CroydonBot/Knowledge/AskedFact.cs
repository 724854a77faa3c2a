using System.Text.RegularExpressions;

namespace CroydonBot.Knowledge;

/// <summary>
/// Whether the passages found can give the one fact a question asks for. "How much do ambassadors get paid an
/// hour?" finds the section about ambassadors' pay, but it holds no amount: answering with it would look
/// like an answer and tell nothing, so the bot says honestly that it does not know.
/// </summary>
public static partial class AskedFact
{
    /// <summary>How far below the best passage another may score and still count as able to answer.</summary>
    private const double Floor = 0.95;

    /// <summary>True when the question asks for an amount of money and no passage near the top holds one.</summary>
    public static bool IsMissing(RetrievalResult result)
    {
        if (result.Best is not { } best || QuestionKinds.Of(result.Plan.Question) != QuestionKind.HowMuch || !Money().IsMatch(result.Plan.Question))
        {
            return false;
        }
        foreach (var hit in result.Hits)
        {
            if (hit.Score >= best.Score * Floor && QuestionKinds.Holds(QuestionKind.HowMuch, hit.Passage.Text))
            {
                return false;
            }
        }
        return true;
    }

    [GeneratedRegex(@"\b(pay|paid|pays|money|cost|costs|£|grand|bursary|grant|allowance|worth|fee|fees|price|give|gives|get|gets|wage|salary)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Money();
}
