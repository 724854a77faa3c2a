using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Replies;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Ring 020 8726 6000 or 0800 1111, or call **999**.", "Ring [020 8726 6000](tel:02087266000) or [0800 1111](tel:08001111), or call **[999](tel:999)**.")]
    // Amounts and years are not phone numbers.
    [InlineData("It is £2,000 in total, since 2023.", "It is £2,000 in total, since 2023.")]
    public void PhoneNumbersBecomeLinksAPersonCanTap(string text, string markdown) => Assert.Equal(markdown, MarkdownText.From(text));

    [Theory]
    [InlineData("See https://www.croydon.gov.uk/x.", "See [https://www.croydon.gov.uk/x](https://www.croydon.gov.uk/x).")]
    // An address with brackets in it is linked whole.
    [InlineData("Hansard (8 Jul 2009): https://hansard.parliament.uk/d/Act1989(Bursary)(England)Regs2009; next.",
        "Hansard (8 Jul 2009): [https://hansard.parliament.uk/d/Act1989(Bursary)(England)Regs2009](https://hansard.parliament.uk/d/Act1989(Bursary)(England)Regs2009); next.")]
    public void WebAddressesBecomeLinks(string text, string markdown) => Assert.Equal(markdown, MarkdownText.From(text));

    [Theory]
    // Source lines keep their own lines (a hard break, two spaces, where Markdown would join them).
    [InlineData("Answer [1]\n\n[1] Source: A.\n[2] Source: B.", "Answer [1]\n\n[1] Source: A.  \n[2] Source: B.")]
    [InlineData("Call:\n- one\n- two", "Call:\n- one\n- two")]
    public void SourceLinesAndListsKeepTheirLines(string text, string markdown) => Assert.Equal(markdown, MarkdownText.From(text));

    [Fact]
    public void MakingMarkdownTwiceChangesNoLink()
    {
        var once = MarkdownText.From("Ring 0800 1111 or see https://example.org/a.");
        Assert.Equal(once, MarkdownText.From(once));
    }
}
