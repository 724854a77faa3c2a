namespace CroydonBot.DirectLine;

/// <summary>The outcome of checking a token: valid (with what it grants), expired, or not ours at all.</summary>
public enum TokenStatus
{
    Valid,
    Expired,
    Invalid,
}

/// <summary>A checked token.</summary>
public sealed record TokenCheck(TokenStatus Status, DirectLineToken? Token = null);
