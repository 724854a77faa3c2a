using CroydonBot.Configuration;
using CroydonBot.DirectLine;
using CroydonBot.Staff;
using Microsoft.Extensions.Options;

namespace CroydonBot.WebChat;

/// <summary>
/// GET /privacy: dialogs/privacy.html (wording staff may edit, outside wwwroot so it is never served
/// unfilled) with its {Section:Setting} placeholders filled from the running settings, so the periods the
/// page promises are the ones the retention jobs use, whatever an operator sets.
/// </summary>
public sealed class PrivacyPage(IOptions<ContentOptions> content, IOptions<RetentionOptions> retention, IOptions<DirectLineOptions> directLine)
{
    public const string File = "privacy.html";

    public string? Render()
    {
        var path = content.Value.DialogsFile(File);
        if (!System.IO.File.Exists(path))
        {
            return null;
        }
        var html = System.IO.File.ReadAllText(path);
        foreach (var (key, value) in Settings())
        {
            html = html.Replace("{" + key + "}", value, StringComparison.Ordinal);
        }
        return html;
    }

    /// <summary>Every setting the page states, as it says it.</summary>
    public IReadOnlyDictionary<string, string> Settings() => new Dictionary<string, string>
    {
        ["Retention:QuestionMonths"] = retention.Value.QuestionMonths.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Retention:FeedbackMonthsAfterClosing"] = retention.Value.FeedbackMonthsAfterClosing.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Retention:ConversationStateHours"] = retention.Value.ConversationStateHours.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["DirectLine:ConversationIdleTimeout"] = Plain(directLine.Value.ConversationIdleTimeout),
    };

    private static string Plain(TimeSpan span) =>
        span.TotalHours >= 1 && span.TotalHours == Math.Floor(span.TotalHours)
            ? $"{span.TotalHours:0} hour{(span.TotalHours == 1 ? "" : "s")}"
            : $"{span.TotalMinutes:0} minutes";
}
