using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void ProseIsSplitAtEachFullStop()
    {
        Assert.Equal(["The card costs £20.", "It lasts until 25."], SentenceSplitter.Split("The card costs £20. It lasts until 25."));
    }

    [Fact]
    public void AnAbbreviationDoesNotEndASentence()
    {
        Assert.Equal(["Ring 020 7946 0000 ext. 1234 in the morning.", "Or write."], SentenceSplitter.Split("Ring 020 7946 0000 ext. 1234 in the morning. Or write."));
    }

    [Fact]
    public void ABulletStaysOneItemHoweverManySentencesItHas()
    {
        var sentences = SentenceSplitter.Split("The visits found:\n- May 2019: the service was slow. Plans were late.\n- June 2019: better.");

        Assert.Equal(["The visits found:", "- May 2019: the service was slow. Plans were late.", "- June 2019: better."], sentences);
    }
}
