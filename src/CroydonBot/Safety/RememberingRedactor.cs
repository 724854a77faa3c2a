using CroydonBot.Caching;

namespace CroydonBot.Safety;

/// <summary>
/// Redaction runs about twenty patterns over every question and every answer logged. The bot's answers come from
/// seeds/ and repeat from one young person to the next, and the same words always redact the same way, so recent
/// results are remembered. Texts are held in memory only, never written anywhere.
/// </summary>
public sealed class RememberingRedactor(IPersonalDataRedactor redactor, int capacity = RememberingRedactor.DefaultCapacity) : IPersonalDataRedactor
{
    public const int DefaultCapacity = 1_000;

    /// <summary>An answer with its follow-up line fits; a long paste is redacted afresh and not kept.</summary>
    public const int MaxLength = 2_000;

    private readonly BoundedMemo<string, string> _results = new(capacity, StringComparer.Ordinal);
    private readonly Func<string, string> _redact = redactor.Redact;

    public string Redact(string text) => text.Length > MaxLength ? _redact(text) : _results.GetOrAdd(text, _redact);
}
