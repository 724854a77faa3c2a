using CroydonBot.Configuration;
using CroydonBot.Safety;

namespace CroydonBot.Dialogs;

/// <summary>
/// The phone numbers the bot itself publishes in its dialog texts (dialogs/*.yaml: the complaints line, the duty
/// team, helplines). A prompt is saved with its words, and those words pass the personal-data redaction before the
/// state is stored; without this, a prompt asked again after a question in between said "ring ... on [phone]".
/// A council or helpline number is nobody's personal data, so it is kept; any other number is still redacted.
/// </summary>
public sealed class PublishedNumbers
{
    // Stand-ins hold no digit and no character the redactor's patterns read, so the redaction passes them untouched.
    private const string StandInOpen = "\u27E6published";
    private const string StandInClose = "\u27E7";

    private readonly string[] _numbers;

    public PublishedNumbers(IEnumerable<string> numbers) =>
        // Longest first, so a number is never stood in for by a shorter one it contains.
        _numbers = [.. numbers.Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(n => n.Length)];

    /// <summary>
    /// The numbers written in every YAML file of the dialogs folder (none if it is missing) and the configured contact
    /// numbers the wording files fill in ({socialCareOutOfHoursLine}). Only whole UK phone numbers count: a short one
    /// ("999") could stand inside a number someone typed.
    /// </summary>
    public static PublishedNumbers From(string folder, ContactOptions? contacts = null) =>
        new((Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.yaml").Select(File.ReadAllText) : [])
            .Concat(contacts?.AsPlaceholders().Values ?? [])
            .SelectMany(PersonalDataRedactor.PhoneNumbersIn));

    public int Count => _numbers.Length;

    /// <summary>
    /// <paramref name="text"/> redacted by <paramref name="redact"/>, with the published numbers it holds left as written.
    /// </summary>
    public string RedactKeeping(string text, Func<string, string> redact)
    {
        List<int>? kept = null;
        for (var i = 0; i < _numbers.Length; i++)
        {
            if (text.Contains(_numbers[i], StringComparison.Ordinal) && WholeReplaced(text, _numbers[i], StandIn(i)) is { } replaced)
            {
                text = replaced;
                (kept ??= []).Add(i);
            }
        }
        text = redact(text);
        foreach (var i in kept ?? [])
        {
            text = text.Replace(StandIn(i), _numbers[i], StringComparison.Ordinal);
        }
        return text;
    }

    /// <summary>
    /// <paramref name="text"/> with each whole occurrence of <paramref name="number"/> (no digit either side, so never part of a
    /// longer number someone typed) put as <paramref name="standIn"/>; null when there is none.
    /// </summary>
    private static string? WholeReplaced(string text, string number, string standIn)
    {
        System.Text.StringBuilder? built = null;
        var from = 0;
        for (var at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + number.Length, StringComparison.Ordinal))
        {
            var end = at + number.Length;
            if ((at > 0 && char.IsDigit(text[at - 1])) || (end < text.Length && char.IsDigit(text[end])))
            {
                continue;
            }
            (built ??= new()).Append(text, from, at - from).Append(standIn);
            from = end;
        }
        return built?.Append(text, from, text.Length - from).ToString();
    }

    private static string StandIn(int index) => StandInOpen + (char)('a' + index % 26) + (char)('a' + index / 26 % 26) + StandInClose;
}
