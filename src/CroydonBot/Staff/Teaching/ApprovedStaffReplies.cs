using CroydonBot.Replies;

namespace CroydonBot.Staff.Teaching;

/// <summary>The approved rows of the staff replies table, for the bot's <see cref="StaffReplyBook"/>.</summary>
public sealed class ApprovedStaffReplies(IStaffQueries queries) : IApprovedReplies
{
    public async Task<IReadOnlyList<(string Question, string Reply)>> ApprovedAsync(CancellationToken cancellationToken) =>
        [.. (await queries.StaffRepliesAsync(cancellationToken)).Where(r => r.IsApproved).Select(r => (r.Question, r.Reply))];
}
