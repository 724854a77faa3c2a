using System.Text.RegularExpressions;

namespace CroydonBot.Dialogs.Feedback.Intent;

/// <summary>
/// A change proposed to whoever runs a service, put as a question or a request ("could the council do drop ins in the evening??", "how
/// about u guys open on sundays", "why dont they text before visits"), and a clause announcing that a suggestion follows ("i have a
/// suggestion for the app", "ive got an idea"). Beside a request to pass it on, or after such an announcement, the question is the
/// suggestion itself, not something for the guides to answer.
/// </summary>
public static partial class Proposal
{
    /// <summary>True when <paramref name="clause"/> proposes something that the council, a team or "you" could do.</summary>
    public static bool Matches(string clause) => Proposes().IsMatch(Lowered(clause));

    /// <summary>True when <paramref name="clause"/> announces a suggestion or idea ("i have a suggestion for the app").</summary>
    public static bool Announces(string clause) => AnnouncesASuggestion().IsMatch(Lowered(clause));

    private static string Lowered(string text) => text.Trim().ToLowerInvariant().Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?:(?:so|and|but|like|maybe|honestly)\s+)*(?:(?:could|can|would|will|couldnt|cant|wouldnt|why\s+(?:dont|cant|wont|doesnt))\s+(?:the\s+council|croydon|you|u|ya|yous|you\s+guys|u\s+guys|they|the\s+(?:\w+\s+){0,2}(?:team|hub|service|forum|board|panel|staff|workers))\s+(?:not\s+|just\s+|please\s+|maybe\s+)?(?:do|run|open|stay|close|add|make|have|put|start|bring|set\s+up|give|hold|change|move|offer|let|stop|hire|fund|use)\b|(?:how\s+about|what\s+about|what\s+if)\s+(?:the\s+council|you|u|you\s+guys|u\s+guys|they|we|the\s+\w+)\s)")]
    private static partial Regex Proposes();

    [GeneratedRegex(@"^(?:(?:hi|hey|hello|yo|so|ok|also)\s+)*(?:(?:i|we)\s+(?:have|got|ve\s+got)|(?:ive|weve|i\s+have|we\s+have)\s+got|got)\s+(?:an?\s+|one\s+|some\s+)?(?:quick\s+|little\s+|small\s+|big\s+|good\s+)?(?:suggestion|idea)s?\b")]
    private static partial Regex AnnouncesASuggestion();
}
