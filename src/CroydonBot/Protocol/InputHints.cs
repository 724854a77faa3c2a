namespace CroydonBot.Protocol;

/// <summary>
/// Wire values of <c>inputHint</c>. PROTOCOL: the spec's prose says accepting/expecting/ignoring, but the
/// Connector swagger and BotBuilder send these longer values, and channels expect them.
/// </summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}
