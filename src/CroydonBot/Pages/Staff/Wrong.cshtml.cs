using CroydonBot.Staff;
using CroydonBot.QuestionLog;

namespace CroydonBot.Pages.Staff;

/// <summary>The wrong answers queue: answers staff marked wrong that nobody has taught the bot to fix yet.</summary>
public sealed class WrongModel(IQuestionLog questionLog, IStaffAudit audit) : StaffPageModel
{
    public const int Limit = 500;

    public IReadOnlyList<QuestionLogEntry> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Items = await questionLog.WrongAsync(Limit, cancellationToken);
        await audit.WriteAsync(UserName, AuditActions.View, "wrong answers", $"{Items.Count} items", cancellationToken);
    }
}
