namespace CroydonBot.Safety;

/// <summary>Removes personal data from text before it is stored or logged.</summary>
public interface IPersonalDataRedactor
{
    /// <summary>The text with each piece of personal data replaced by a label such as [email].</summary>
    string Redact(string text);
}
