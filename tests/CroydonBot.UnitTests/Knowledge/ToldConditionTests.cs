using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// Round AJ (help-aj): a part of a message that only says who is asking (age, in care) is the question's condition, not a question.
/// None of these phrasings is an eval line.
/// </summary>
public sealed class ToldConditionTests
{
    [Theory]
    [InlineData("im 23 and a care leaver")]
    [InlineData("i left care last yr")]
    [InlineData("im 19 now")]
    [InlineData("i was in care too")]
    [InlineData("im a care leaver btw")]
    public void OnlyWhoIsAskingIsACondition(string part) => Assert.True(ToldCondition.IsOnly(part), part);

    [Theory]
    [InlineData("im 19 and homeless")]
    [InlineData("never got one and my new job wants it")]
    [InlineData("im 23 is that too old")]
    [InlineData("my sister is 13")]
    [InlineData("im 20 and i left care at 18 and now my PA has stopped replying to me")]
    public void MoreThanWhoIsAskingIsNot(string part) => Assert.False(ToldCondition.IsOnly(part), part);
}
