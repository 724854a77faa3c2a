namespace CroydonBot.Cli;

/// <summary>
/// Deals batches into folds for leave-one-fold-out (<c>route --cv-folds=N</c>): the batch names in ordinal order, dealt in turn,
/// so neighbouring batches (written in the same round, often alike) fall into different folds and the folds stay the same from
/// run to run.
/// </summary>
public static class RoutingFolds
{
    public static IReadOnlyDictionary<string, int> Assign(IEnumerable<string> batches, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var fold = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var batch in batches.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            fold[batch] = fold.Count % folds;
        }
        return fold;
    }
}
