namespace CroydonBot.Text;

/// <summary>
/// Whether a text has an ASCII digit, read as a span. <c>text.Any(char.IsAsciiDigit)</c> reads the same characters through
/// <see cref="IEnumerable{T}"/>: an enumerator and a delegate call per character, on every message and every term of the
/// conversation the follow-up readers look at.
/// </summary>
public static class AsciiDigits
{
    /// <summary>True when <paramref name="text"/> has a character from 0 to 9, as <c>text.Any(char.IsAsciiDigit)</c>.</summary>
    public static bool In(string text) => text.AsSpan().ContainsAnyInRange('0', '9');
}
