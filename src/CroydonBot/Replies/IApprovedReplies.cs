namespace CroydonBot.Replies;

/// <summary>Staff-written replies a manager approved, oldest first; the staff area implements it.</summary>
public interface IApprovedReplies
{
    Task<IReadOnlyList<(string Question, string Reply)>> ApprovedAsync(CancellationToken cancellationToken);
}
