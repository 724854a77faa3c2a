using CroydonBot.Knowledge.Live;
using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using CroydonBot.Staff.Teaching;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff;

/// <summary>
/// Questions the bot could not answer, grouped by similarity. Staff either mark a group covered now, or approve
/// a phrasing as another way to ask for a chosen section; the index is rebuilt and swapped in at once. Nothing is
/// learned without a person choosing the section.
/// </summary>
public sealed class UnansweredModel(
    IQuestionLog questionLog, IStaffQueries queries, IStaffAudit audit, UnansweredGrouper grouper, CandidateFinder candidates, SectionNames names, IKnowledgeRebuilder rebuilder) : StaffPageModel
{
    public const int MaxQuestions = 500;
    public const int MaxPhrasingLength = 300;

    public IReadOnlyList<UnansweredGroup> Groups { get; private set; } = [];
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        Notice = done switch
        {
            "covered" => "Marked as covered.",
            "alternative" => "Phrasing approved: the bot answers it from the chosen section from now on. The questions are marked as covered.",
            _ => null,
        };
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCoveredAsync(long[] ids, CancellationToken cancellationToken)
    {
        var chosen = ids.Take(MaxQuestions).ToList();
        var changed = await questionLog.ResolveAsync(chosen, UserName, cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.Change, "questions " + string.Join(',', chosen), $"covered now ({changed} marked)", cancellationToken);
        return Redirect("/staff/unanswered?done=covered");
    }

    public async Task<IActionResult> OnPostAlternativeAsync(long[] ids, string? phrasing, string? passageId, CancellationToken cancellationToken)
    {
        var text = phrasing?.Trim() ?? "";
        var passage = passageId?.Trim();
        if (text.Length is < 3 or > MaxPhrasingLength)
        {
            Error = $"The phrasing must be between 3 and {MaxPhrasingLength} characters.";
        }
        else if (passage is null || !names.Exists(passage))
        {
            Error = "Choose the section the answer should come from.";
        }
        if (Error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
        await queries.AddAlternativeQuestionAsync(passage!, text, UserName, cancellationToken);
        var chosen = ids.Take(MaxQuestions).ToList();
        await questionLog.ResolveAsync(chosen, UserName, cancellationToken);
        // The approval is stored: finish the rebuild even if the browser goes away, so the bot does not wait for a restart.
        var generation = await rebuilder.RebuildAsync(CancellationToken.None);
        await audit.WriteAsync(UserName, AuditActions.Change, "passage " + passage,
            $"approved alternative question \"{text}\" for \"{names.OfId(passage!)}\" (questions {string.Join(',', chosen)}); index rebuilt, generation {generation}", cancellationToken);
        return Redirect("/staff/unanswered?done=alternative");
    }

    /// <summary>The sections the bot's own retrieval finds closest to the question, with the answer each would give.</summary>
    public IReadOnlyList<CandidateSection> Suggestions(string question) => candidates.For(question);

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Groups = grouper.Group(await questionLog.UnansweredAsync(MaxQuestions, cancellationToken));
}
