using CroydonBot.Knowledge;
using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff;

/// <summary>
/// Questions the bot could not answer, grouped by similarity. Staff either mark a group covered now, or approve
/// a phrasing as another way to ask for a chosen passage; the index learns it at the next start-up. Nothing is
/// learned without a person choosing the passage.
/// </summary>
public sealed class UnansweredModel(IQuestionLog questionLog, IStaffQueries queries, IStaffAudit audit, UnansweredGrouper grouper, IPassageSearch knowledge) : StaffPageModel
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
            "alternative" => "Phrasing saved. The bot will know it after its next restart; the questions are marked as covered.",
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

    public async Task<IActionResult> OnPostAlternativeAsync(long[] ids, string? phrasing, string? passageId, string? otherPassageId, CancellationToken cancellationToken)
    {
        var text = phrasing?.Trim() ?? "";
        var passage = (string.IsNullOrWhiteSpace(otherPassageId) ? passageId : otherPassageId)?.Trim();
        if (text.Length is < 3 or > MaxPhrasingLength)
        {
            Error = $"The phrasing must be between 3 and {MaxPhrasingLength} characters.";
        }
        else if (passage is null || !knowledge.Passages.Any(p => p.Id == passage))
        {
            Error = "Choose a passage the answer should come from (or enter a passage id that exists).";
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
        await audit.WriteAsync(UserName, AuditActions.Change, "passage " + passage, $"approved alternative question \"{text}\" (questions {string.Join(',', chosen)})", cancellationToken);
        return Redirect("/staff/unanswered?done=alternative");
    }

    /// <summary>Passages the bot's own retrieval finds closest to the question, as a starting point for staff.</summary>
    public IReadOnlyList<Passage> Suggestions(string question) => knowledge.Closest(question, 5);

    public static string Describe(Passage passage)
    {
        var text = passage.Text.ReplaceLineEndings(" ");
        var start = string.IsNullOrWhiteSpace(passage.Heading) ? "" : passage.Heading + ": ";
        return $"{passage.Document.Title} — {start}{(text.Length > 90 ? text[..90] + "…" : text)}";
    }

    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Groups = grouper.Group(await questionLog.UnansweredAsync(MaxQuestions, cancellationToken));
}
