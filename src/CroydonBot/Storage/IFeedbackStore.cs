namespace CroydonBot.Storage;

/// <summary>The feedback inbox.</summary>
public interface IFeedbackStore
{
    /// <summary>Stores new feedback and gives it its reference. Throws if it could not be stored, so the user is told.</summary>
    Task<FeedbackItem> AddAsync(FeedbackItem feedback, CancellationToken cancellationToken);

    Task<FeedbackItem?> GetAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Newest first; safeguarding-flagged items before the rest. Null filters match everything.</summary>
    Task<IReadOnlyList<FeedbackItem>> ListAsync(string? status, int limit, CancellationToken cancellationToken);

    /// <summary>Updates the staff workflow fields; returns false when the reference is unknown.</summary>
    Task<bool> UpdateAsync(string reference, string status, string? assignee, string? notes, bool replySent, CancellationToken cancellationToken);

    /// <summary>Deletes one item by reference; returns false when it did not exist.</summary>
    Task<bool> DeleteAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Retention: deletes items closed before the cut-off; returns how many.</summary>
    Task<int> DeleteClosedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);
}
