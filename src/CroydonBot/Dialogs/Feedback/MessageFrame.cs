using System.Text.RegularExpressions;
using CroydonBot.Text;

namespace CroydonBot.Dialogs.Feedback;

/// <summary>
/// A reply that opens by saying that what follows is the message: "my message is that ...", "my feedback is ...", "what i
/// want to say is ...", "the thing i want them to know is ...". Round AJ (help-aj): also after a reaction closed by a full stop
/// and in the past or text speak ("ok cool. so wat i wanted to say is ...", "what i meant to say is ..."). Whatever follows (a "why", a "no one explained how") is what
/// the person wants sent, so the dialog keeps it as the message rather than answering it as a question.
/// </summary>
public static partial class MessageFrame
{
    /// <summary>True when <paramref name="text"/> opens by naming itself as the message.</summary>
    public static bool Opens(string text) => Frame().IsMatch(text.Trim().Replace('\u2019', '\''));

    [GeneratedRegex(@"^(?:(?:ok|okay|so|right|well|anyway|anyways|yeah|yh|and|but|basically|like|fine|alright|cool|nice|great|thanks|ta)[\s,.!]+)*(?:my\s+(?:main\s+|actual\s+|real\s+)?(?:message|feedback|comment|complaint|point|suggestion|idea)\s+(?:is|would\s+be)|the\s+(?:message|feedback|point)\s+is|(?:what|wat|wot|the\s+thing|all)\s+i\s+(?:want|wanted|wanna|would\s+like|'?d\s+like|need|needed|meant|was\s+going)\s+(?:to\s+|2\s+)?(?:say|tell\s+(?:them|the\s+council|you|u)|(?:them|the\s+council)\s+to\s+know|get\s+across)\s+is)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, RegexLimits.MatchMilliseconds)]
    private static partial Regex Frame();
}
