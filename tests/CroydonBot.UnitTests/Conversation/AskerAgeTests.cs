using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AG (ent-ag): the asker's own age in a follow-up is a condition, taken out of what is searched.</summary>
public sealed class AskerAgeTests
{
    [Theory]
    [InlineData("n wat about if im 22", 22)]
    [InlineData("wat about next year when im 19", 19)]
    [InlineData("and what if i'm 23", 23)]
    [InlineData("does that still work when i turn 21", 21)]
    [InlineData("what about at 20?", 20)]
    [InlineData("and if i was like 24", 24)]
    [InlineData("same if im gonna be 19 in september", 19)]
    [InlineData("still the same when ill be 18", 18)]
    [InlineData("and aged 17", 17)]
    public void AnAgeTheAskerGivesIsRead(string text, int age) => Assert.Equal(age, AskerAge.In(text));

    [Theory]
    // A year, an amount, a phone number or a count is no age of the asker's; nor is an age range said of others.
    [InlineData("what about in 2020")]
    [InlineData("is it 3000 now")]
    [InlineData("how many visits were there, was it 7")]
    [InlineData("is the card 20 quid")]
    [InlineData("what happens after 21")]
    [InlineData("im 5 minutes away")]
    public void OtherNumbersAreNoAge(string text) => Assert.Null(AskerAge.In(text));

    [Theory]
    [InlineData("n wat about if im 22", "n wat about")]
    [InlineData("wat about next year when im 19", "wat about next year")]
    [InlineData("does that still count at 20", "does that still count")]
    [InlineData("what about in 2020", "what about in 2020")]
    public void TheAgeClauseIsTakenOutAndTheRestKept(string text, string left) =>
        Assert.Equal(left, string.Join(' ', AskerAge.Without(text).Split(' ', StringSplitOptions.RemoveEmptyEntries)));
}
