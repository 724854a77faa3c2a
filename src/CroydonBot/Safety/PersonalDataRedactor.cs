using System.Globalization;
using System.Text.RegularExpressions;

namespace CroydonBot.Safety;

/// <summary>
/// Pattern-based redaction of the personal data young people most often type, run before a question is
/// stored. It errs towards removing too much: a lost digit in a stored question costs nothing, a stored
/// bank number or date of birth is a breach.
/// </summary>
public sealed partial class PersonalDataRedactor : IPersonalDataRedactor
{
    /// <summary>Birth years of the people the bot is for (16 to 25) with room either side; Ofsted dates fall outside.</summary>
    private const int FirstBirthYear = 1975;
    private const int LastBirthYear = 2015;

    /// <summary>Every label <see cref="Redact"/> puts in place of what it removes (the privacy page lists each).</summary>
    public static readonly IReadOnlyList<string> Labels =
    [
        "[email]", "[handle]", "[sort-code]", "[account-number]", "[phone]", "[card-number]", "[nhs-number]",
        "[ni-number]", "[date-of-birth]", "[postcode]", "[address]", "[name]",
    ];

    public string Redact(string text)
    {
        // Order matters: labelled numbers first; phones (which start 0 or +44, unlike cards) before cards and NHS numbers.
        // Every question passes here, so a pattern is skipped when the text lacks what it cannot match without (an
        // "@", a digit, "name" or "call"): most questions hold no digit, and the thirteen patterns that need one were
        // most of the cost. The digit check holds for the whole block because no replacement in it adds a digit.
        if (text.Contains('@'))
        {
            text = Email().Replace(text, "[email]");
        }
        text = DisguisedEmail().Replace(text, "[email]");
        if (text.Contains('@'))
        {
            text = Handle().Replace(text, "[handle]");
        }
        if (text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            // Each pattern needs at least so many digits (\d: any Unicode digit, as char.IsDigit counts them). The count
            // taken here bounds the text at every later point, since replacements only take digits away.
            var digits = Digits(text);
            if (digits >= 6)
            {
                text = LabelledSortCode().Replace(text, m => m.Groups["label"].Value + "[sort-code]");
                text = LabelledAccount().Replace(text, m => m.Groups["label"].Value + "[account-number]");
            }
            if (digits >= 9)
            {
                text = UkPhone().Replace(text, "[phone]");
            }
            if (digits >= 13)
            {
                text = CardNumber().Replace(text, "[card-number]");
            }
            if (digits >= 10)
            {
                text = NhsNumber().Replace(text, "[nhs-number]");
            }
            if (digits >= 6)
            {
                text = NiNumber().Replace(text, "[ni-number]");
            }
            text = CuedDate().Replace(text, m => m.Groups["cue"].Value + "[date-of-birth]");
            if (digits >= 4)
            {
                text = NumericDate().Replace(text, "[date-of-birth]");
            }
            if (digits >= 5)
            {
                text = WrittenDate().Replace(text, m => IsBirthYear(m.Groups["year"].Value) ? "[date-of-birth]" : m.Value);
            }
            if (digits >= 6)
            {
                text = SortCode().Replace(text, "[sort-code]");
            }
            if (digits >= 8)
            {
                text = AccountNumber().Replace(text, "[account-number]");
            }
            text = Postcode().Replace(text, "[postcode]");
            text = StreetAddress().Replace(text, "[address]");
        }
        if (text.Contains("name", StringComparison.OrdinalIgnoreCase) || text.Contains("call", StringComparison.OrdinalIgnoreCase))
        {
            text = Name().Replace(text, m => m.Groups["cue"].Value + "[name]");
        }
        text = TitledName().Replace(text, m => m.Groups["title"].Value + "[name]");
        text = NamedContact().Replace(text, m => m.Groups["cue"].Value + "[name]");
        return text;
    }

    private static int Digits(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsDigit(c))
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsBirthYear(string year) =>
        int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= FirstBirthYear and <= LastBirthYear;

    [GeneratedRegex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<label>sort\s*code\W{0,3}(?:is\s+)?)\d{2}[\s-]?\d{2}[\s-]?\d{2}(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledSortCode();

    [GeneratedRegex(@"(?<label>(?:account|acc|acct)\.?\s*(?:number|num|no)?\.?\W{0,3}(?:is\s+)?)\d(?:[\s-]?\d){5,9}(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex LabelledAccount();

    /// <summary>13 to 19 digits, in groups or not: payment card numbers.</summary>
    [GeneratedRegex(@"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")]
    private static partial Regex CardNumber();

    /// <summary>The UK phone numbers written in <paramref name="text"/>, as written (e.g. the bot's own dialog texts).</summary>
    public static IEnumerable<string> PhoneNumbersIn(string text) => UkPhone().Matches(text).Select(m => m.Value);

    /// <summary>UK numbers: 0 or +44/0044, then 9 or 10 digits with spaces, dashes or brackets anywhere.</summary>
    [GeneratedRegex(@"(?<![\d+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)\d(?:[\s\-)]{0,2}\d){8,9}(?!\d)")]
    private static partial Regex UkPhone();

    /// <summary>Ten digits grouped 3-3-4 or run together (phone numbers starting 0 are already gone).</summary>
    [GeneratedRegex(@"(?<!\d)\d{3}[\s-]?\d{3}[\s-]?\d{4}(?!\d)")]
    private static partial Regex NhsNumber();

    /// <summary>National Insurance: two letters, six digits, a letter A to D (any prefix: a mistyped one is still personal).</summary>
    [GeneratedRegex(@"\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b", RegexOptions.IgnoreCase)]
    private static partial Regex NiNumber();

    /// <summary>Any date after "born", "dob", "date of birth" or "birthday", with or without a year.</summary>
    [GeneratedRegex(@"(?<cue>\b(?:born(?:\s+on)?|d\.?o\.?b\.?|date\s+of\s+birth|birthday|bday)(?:\s+is)?\s*[:\-]?\s*)(?:\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]{3,9}\.?(?:,?\s+\d{4})?|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{4}-\d{2}-\d{2})", RegexOptions.IgnoreCase)]
    private static partial Regex CuedDate();

    /// <summary>Day/month/year written with numbers: in these chats almost always a date of birth.</summary>
    [GeneratedRegex(@"(?<![\d/.\-])(?:0?[1-9]|[12]\d|3[01])[/.\-](?:0?[1-9]|1[0-2])[/.\-](?:\d{4}|\d{2})(?![\d/.\-])|(?<!\d)(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")]
    private static partial Regex NumericDate();

    /// <summary>"12th March 2006" or "March 12, 2006": redacted when the year is a birth year.</summary>
    [GeneratedRegex(@"\b(?:(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\s+(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?)\.?,?\s+(?<year>\d{4})\b", RegexOptions.IgnoreCase)]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"(?<!\d)\d{2}-\d{2}-\d{2}(?![\d-])")]
    private static partial Regex SortCode();

    /// <summary>A lone eight-digit number is most likely a bank account number.</summary>
    [GeneratedRegex(@"(?<![\d£$.,])\d{8}(?![\d.,])")]
    private static partial Regex AccountNumber();

    /// <summary>A full UK postcode, spaced or not, any case ("CR0 1EA", "se256ab").</summary>
    [GeneratedRegex(@"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR)\s*\d[ABD-HJLNP-UW-Z]{2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Postcode();

    /// <summary>Emails written to dodge filters: "jane[at]example[dot]com", "jane (at) example . com", "jane at example dot com".</summary>
    [GeneratedRegex(@"[\w.%+\-]+\s*(?:[\[({<]\s*at\s*[\])}>]|\s+at\s+(?=[\w\-]+\s*(?:[\[({<]\s*dot\s*[\])}>]|\s+dot\s+)))\s*[\w\-]+(?:\s*(?:[\[({<]\s*dot\s*[\])}>]|\s+dot\s+|\.)\s*[\w\-]+)+", RegexOptions.IgnoreCase)]
    private static partial Regex DisguisedEmail();

    /// <summary>Social media handles (@jade_o, @big.dee99): an @ not inside a word or an email.</summary>
    [GeneratedRegex(@"(?<![\w@.])@[A-Za-z0-9_][A-Za-z0-9_.]{1,29}")]
    private static partial Regex Handle();

    /// <summary>
    /// A house number and a street: "12 London Road", "flat 3, 45a high st". One to three words before a
    /// street word, so "5 young people in the park" (four) stays.
    /// </summary>
    [GeneratedRegex(@"(?<!\d)\d{1,4}[a-z]?,?\s+(?:[\p{L}'’\-]+\s+){1,3}(?:road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|cres|court|ct|place|pl|gardens|gdns|grove|hill|terrace|walk|square|sq|mews|rise|park|green|row|parade|vale|estate)\b\.?", RegexOptions.IgnoreCase)]
    private static partial Regex StreetAddress();

    /// <summary>A title and a surname: "Ms Adeyemi", "mr okafor", "Dr. Shah". "Miss" only before a capital ("I miss home" stays).</summary>
    [GeneratedRegex(@"(?<title>\b(?i:mrs|mr|ms|mx|dr)\.?\s+|\bMiss\s+(?=\p{Lu}))(?!(?i:and|or|but|so|is|was|said|says|the|a|an|to|in|on|at|it|i|he|she|they)\b)[\p{L}][\p{L}'’\-]+")]
    private static partial Regex TitledName();

    /// <summary>
    /// A named person in someone's life: "my PA Sarah Smith", "my social worker is called dan". Capitalised
    /// words after the role, or any word after "called"/"named", so "my PA said no" stays.
    /// </summary>
    [GeneratedRegex(@"(?<cue>\b(?i:my|our|her|his|their)\s+(?i:pa|personal\s+advis[eo]r|advis[eo]r|social\s+worker|sw|key\s*worker|support\s+worker|carer|foster\s+(?:carer|mum|dad|parent)|mentor|teacher|iro|manager|friend|mate|boyfriend|girlfriend|partner|mum|dad|brother|sister|nan|aunt|uncle|cousin)\s*,?\s+(?:(?i:is\s+)?(?i:called|named)\s+)?)(?:(?<=(?i:called|named)\s+)[\p{L}][\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)?|\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*)?)")]
    private static partial Regex NamedContact();

    /// <summary>One or two words after "my name is", "i'm called", "call me", stopping at words that start a new clause.</summary>
    [GeneratedRegex(@"(?<cue>\b(?:(?:my|me|his|her|their|ur|your)\s+name\s+is|(?:my|his|her|their)\s+names|name\s*[:\-]|my\s+name's|my\s+name’s|name's|i['’]?m\s+called|i\s+am\s+called|call\s+me|they\s+call\s+me|my\s+full\s+name\s+is)\s+)(?!(?:and|but|so|not|in|from|the|a|an|i|im|on|at|to|if|when|what|how|why)\b)[\p{L}][\p{L}'’\-]*(?:\s+(?!(?:and|but|so|i|im|i'm|from|in|on|at|to|the|a|an|is|was|if|when|what|how|why|can|could|would|will|do|does|did|have|has|please|pls|thanks|and)\b)[\p{L}][\p{L}'’\-]*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Name();
}
