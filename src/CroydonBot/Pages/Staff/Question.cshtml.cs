using CroydonBot.Knowledge.Live;
using CroydonBot.Staff;
using CroydonBot.Staff.Teaching;
using CroydonBot.QuestionLog;
using Microsoft.AspNetCore.Mvc;

namespace CroydonBot.Pages.Staff;

/// <summary>
/// One question and what the bot answered: kind, sections cited, confidence, vote and the conversation around it.
/// Staff mark a wrong answer, then teach the bot: approve a better section (the index is rebuilt and swapped at
/// once) or write what the bot should say when the guides have no answer.
/// </summary>
public sealed class QuestionModel(
    IQuestionLog questionLog, IStaffQueries queries, IStaffAudit audit, CandidateFinder candidates, SectionNames names, IKnowledgeRebuilder rebuilder) : StaffPageModel
{
    public const int MaxNoteLength = 1000;
    public const int MaxReplyLength = 1000;
    public const int AroundEach = 5;

    public QuestionLogEntry Entry { get; private set; } = new();
    public IReadOnlyList<QuestionLogEntry> Around { get; private set; } = [];
    public IReadOnlyList<CandidateSection> Candidates { get; private set; } = [];
    public IReadOnlyList<string> Sections { get; private set; } = [];
    public string? Notice { get; private set; }
    public string? Error { get; private set; }

    /// <summary>Teaching is offered where the bot had no answer or staff said the answer was wrong.</summary>
    public bool CanTeach => Entry.Kind == "fallback" || Entry.WrongAt is not null;

    public SectionNames Names => names;

    public async Task<IActionResult> OnGetAsync(long id, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Notice = done switch
        {
            "wrong" => "Marked as wrong. It is in the wrong answers queue until someone teaches the bot a better answer.",
            "cleared" => "The wrong mark was removed.",
            "taught" => "Approved. The bot answers this question from the chosen section from now on.",
            "reply" => "Saved. A manager approves the reply before the bot uses it.",
            _ => null,
        };
        await audit.WriteAsync(UserName, AuditActions.View, $"question {id}", null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostWrongAsync(long id, string? note, CancellationToken cancellationToken)
    {
        note = note?.Trim() ?? "";
        if (note.Length is 0 or > MaxNoteLength)
        {
            return await ProblemAsync(id, $"Say what is wrong with the answer, in up to {MaxNoteLength} characters.", cancellationToken);
        }
        if (!await questionLog.MarkWrongAsync(id, note, UserName, cancellationToken))
        {
            return NotFound();
        }
        await audit.WriteAsync(UserName, AuditActions.Change, $"question {id}", $"marked wrong: {note}", cancellationToken);
        return Redirect($"/staff/questions/{id}?done=wrong");
    }

    public async Task<IActionResult> OnPostClearWrongAsync(long id, CancellationToken cancellationToken)
    {
        if (!await questionLog.MarkWrongAsync(id, null, UserName, cancellationToken))
        {
            return NotFound();
        }
        await audit.WriteAsync(UserName, AuditActions.Change, $"question {id}", "wrong mark removed", cancellationToken);
        return Redirect($"/staff/questions/{id}?done=cleared");
    }

    public async Task<IActionResult> OnPostTeachAsync(long id, string? passageId, string? phrasing, CancellationToken cancellationToken)
    {
        var text = phrasing?.Trim() ?? "";
        if (text.Length is < 3 or > UnansweredModel.MaxPhrasingLength)
        {
            return await ProblemAsync(id, $"The phrasing must be between 3 and {UnansweredModel.MaxPhrasingLength} characters.", cancellationToken);
        }
        if (passageId is null || !names.Exists(passageId))
        {
            return await ProblemAsync(id, "Choose the section the answer should come from.", cancellationToken);
        }
        if (await questionLog.QuestionAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }
        await queries.AddAlternativeQuestionAsync(passageId, text, UserName, cancellationToken);
        await questionLog.ResolveAsync([id], UserName, cancellationToken);
        // The approval is stored: finish the rebuild even if the browser goes away, so the bot does not wait for a restart.
        var generation = await rebuilder.RebuildAsync(CancellationToken.None);
        await audit.WriteAsync(UserName, AuditActions.Change, "passage " + passageId,
            $"approved alternative question \"{text}\" for \"{names.OfId(passageId)}\" (question {id}); index rebuilt, generation {generation}", cancellationToken);
        return Redirect($"/staff/questions/{id}?done=taught");
    }

    public async Task<IActionResult> OnPostSayInsteadAsync(long id, string? phrasing, string? reply, CancellationToken cancellationToken)
    {
        var question = phrasing?.Trim() ?? "";
        var text = reply?.Trim() ?? "";
        if (question.Length is < 3 or > UnansweredModel.MaxPhrasingLength || text.Length is < 3 or > MaxReplyLength)
        {
            return await ProblemAsync(id, $"Give the question (3 to {UnansweredModel.MaxPhrasingLength} characters) and what the bot should say (3 to {MaxReplyLength}).", cancellationToken);
        }
        if (await questionLog.QuestionAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }
        var replyId = await queries.AddStaffReplyAsync(question, text, UserName, cancellationToken);
        await questionLog.ResolveAsync([id], UserName, cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.Change, $"staff reply {replyId}", $"wrote \"no answer here\" reply for \"{question}\" (question {id})", cancellationToken);
        return Redirect($"/staff/questions/{id}?done=reply");
    }

    private async Task<IActionResult> ProblemAsync(long id, string error, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        Error = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> LoadAsync(long id, CancellationToken cancellationToken)
    {
        if (await questionLog.QuestionAsync(id, cancellationToken) is not { } entry)
        {
            return false;
        }
        Entry = entry;
        Around = await questionLog.ConversationAroundAsync(entry, AroundEach, cancellationToken);
        Sections = names.OfSources(entry.Sources);
        Candidates = CanTeach ? candidates.For(entry.Question) : [];
        return true;
    }
}
