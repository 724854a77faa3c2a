using FsCheck;
using FsCheck.Fluent;

namespace CroydonBot.IntegrationTests.Safety;

/// <summary>Generators for what anyone might send: any unicode, emoji, right-to-left text, control characters, query and markup syntax, and very long messages.</summary>
public static class HostileText
{
    private static readonly string[] Fragments =
    [
        "what can i get as a care leaver", "ofsted 2024", "money for uni", "hi", "personal adviser", "help",
        "😀", "🏳️‍🌈", "👩🏽‍🎓💸", "مرحبا كيف حالك", "שלום מה שלומך", "\u202Eevil\u202C", "\u200B\u200D\uFEFF",
        "\u0000", "\u0007\u001b[31m", "\r\n\t", "\uD800", "\uDFFF",
        "AND (( \"*", "title:x OR NOT y~2^3", "[a TO z] {b TO c} \\ /regex/", "* ? + - && || ! ( ) { } [ ] ^ \" ~ : /",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "{{7*7}} ${7*7} {0}",
        "'; DROP TABLE questions; --", "%00%0d%0a", "../../etc/passwd", "ＦＵＬＬＷＩＤＴＨ", "İıŞş", "ß ẞ ﬁ",
        "1234567890", "£3,000", "07700 900123", "cr0 1ea",
    ];

    /// <summary>A message: mostly fragments glued together, sometimes arbitrary strings, rarely about 100 KB (with or without spaces).</summary>
    public static Gen<string> Message { get; } = Gen.Frequency(
        (6, Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Join(' ', parts))),
        (3, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")),
        (2, Gen.ListOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(chars => new string([.. chars]))),
        (1, Gen.Elements(Fragments).Select(f => string.Concat(Enumerable.Repeat(f + " ", 100_000 / (f.Length + 1) + 1)))),
        (1, Gen.Choose(1, 25).Select(k => string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('a' + i * k % 26))))));

    /// <summary>True when the message has something to answer: the bot logs it as a question.</summary>
    public static bool IsQuestion(string text) => text.Any(char.IsLetterOrDigit);
}
