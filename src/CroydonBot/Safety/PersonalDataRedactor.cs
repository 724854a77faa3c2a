using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>Pattern-based redaction of the personal data young people most often type.</summary>
public sealed partial class PersonalDataRedactor : IPersonalDataRedactor
{
    public string Redact(string text)
    {
        text = Email().Replace(text, "[email]");
        text = UkPhone().Replace(text, "[phone]");
        return text;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<!\d)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\d)")]
    private static partial Regex UkPhone();
}
