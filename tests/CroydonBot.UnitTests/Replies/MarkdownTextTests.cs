using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Replies;

public sealed class MarkdownTextTests
{
    [Fact]
    public void PhoneNumbersBecomeLinksAPersonCanTap() =>
        Assert.Equal("Ring [020 8726 6000](tel:02087266000) or [0800 1111](tel:08001111), or call **[999](tel:999)**.",
            MarkdownText.From("Ring 020 8726 6000 or 0800 1111, or call **999**."));

    [Fact]
    public void AmountsAndYearsAreNotPhoneNumbers() =>
        Assert.Equal("It is £2,000 in total, since 2023.", MarkdownText.From("It is £2,000 in total, since 2023."));

    [Fact]
    public void SourceLinesKeepTheirOwnLines() =>
        Assert.Equal("Answer [1]\n\n[1] Source: A.  \n[2] Source: B.", MarkdownText.From("Answer [1]\n\n[1] Source: A.\n[2] Source: B."));

    [Fact]
    public void ListsStayLists() =>
        Assert.Equal("Call:\n- one\n- two", MarkdownText.From("Call:\n- one\n- two"));

    [Fact]
    public void WebAddressesBecomeLinks() =>
        Assert.Equal("See [https://www.croydon.gov.uk/x](https://www.croydon.gov.uk/x).", MarkdownText.From("See https://www.croydon.gov.uk/x."));

    [Fact]
    public void AnAddressWithBracketsInItIsLinkedWhole() =>
        Assert.Equal("Hansard (8 Jul 2009): [https://hansard.parliament.uk/d/Act1989(Bursary)(England)Regs2009](https://hansard.parliament.uk/d/Act1989(Bursary)(England)Regs2009); next.",
            MarkdownText.From("Hansard (8 Jul 2009): https://hansard.parliament.uk/d/Act1989(Bursary)(England)Regs2009; next."));

    [Fact]
    public void MakingMarkdownTwiceChangesNoLink()
    {
        var once = MarkdownText.From("Ring 0800 1111 or see https://example.org/a.");
        Assert.Equal(once, MarkdownText.From(once));
    }
}
