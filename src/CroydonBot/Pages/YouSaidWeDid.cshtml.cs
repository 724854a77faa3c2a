using CroydonBot.FeedbackReplies;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace CroydonBot.Pages;

/// <summary>The public "You said, we did" page: what the council changed because of feedback, as managers published it.</summary>
public sealed class YouSaidWeDidModel(IPublishedChanges changes) : PageModel
{
    public const int Limit = 200;

    public IReadOnlyList<PublishedChange> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await changes.ListAsync(Limit, cancellationToken);
}
