using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class SentenceAgesTests
{
    [Theory]
    [InlineData("what about when im 23", new[] { 23 })]
    [InlineData("and at 22?", new[] { 22 })]
    [InlineData("is it still £20 in 2025", new int[0])]
    [InlineData("what happened on 23 December", new int[0])]
    [InlineData("i waited 16 weeks", new int[0])]
    public void TheAgesAQuestionNamesAreNotAmountsYearsDatesOrDurations(string question, int[] ages) =>
        Assert.Equal(ages, SentenceAges.AskedIn(question));

    [Theory]
    [InlineData("im 23 and sofa surfing, am i still a priority", new[] { 23 })]
    [InlineData("i was in a childrens home when i was 15 but im 19 now, can i get a pa", new[] { 19 })]
    [InlineData("i was only 17 when i left care", new int[0])]
    [InlineData("after 21 can i keep my flat", new[] { 22 })]
    public void TheAgesAQuestionAsksAboutAreNotTheAskersPastAges(string question, int[] ages) =>
        Assert.Equal(ages, SentenceAges.AskedNow(question));

    [Theory]
    [InlineData("Care leavers aged 21 or over get it if they are vulnerable.", 23)]
    [InlineData("Care leavers aged 18, 19 or 20 get it if they were in care at 16 or 17.", 19)]
    [InlineData("Young people aged 14 to 25 can become ambassadors.", 14)]
    [InlineData("Care leavers under 25 do not have this limit.", 24)]
    [InlineData("Help lasts until age 21.", 21)]
    public void ARuleCoveringTheAgeCoversIt(string sentence, int age) => Assert.True(SentenceAges.Covers(sentence, age));

    [Theory]
    [InlineData("Care leavers aged 18, 19 or 20 get it if they were in care at 16 or 17.", 23)]
    [InlineData("Care leavers aged 21 or over get it if they are vulnerable.", 19)]
    [InlineData("Care leavers under 25 do not have this limit.", 25)]
    [InlineData("On 23 December 2025 the government announced free prescriptions.", 23)]
    public void ARuleForOtherAgesDoesNotCoverIt(string sentence, int age) => Assert.False(SentenceAges.Covers(sentence, age));

    [Theory]
    // Round Y: a child's age said of someone of the asker's is asked too; a small number in a story is not.
    [InlineData("what about my little brother hes 9", new[] { 9 })]
    [InlineData("n my niece, she is 15", new[] { 15 })]
    [InlineData("my brother is 9 and got moved", new int[0])]
    [InlineData("i have 3 kids", new int[0])]
    public void AChildsAgeIsAskedOnlyWhenSaidOfSomeoneOfTheAskers(string question, int[] ages) =>
        Assert.Equal(ages, SentenceAges.AskedIn(question));

    [Theory]
    // Round Y: a group for young children starts at a one-digit age.
    [InlineData("Play sessions for children aged 5 to 11.", 8, true)]
    [InlineData("Play sessions for children aged 5 to 11.", 12, false)]
    public void ARangeMayStartAtAOneDigitAge(string sentence, int age, bool covers) => Assert.Equal(covers, SentenceAges.Covers(sentence, age));

    // Round AT (perf-at): the digits this pattern hands to int.Parse are ASCII ones. PlainDigitsStep folds other scripts' digits
    // at the message's entry; read without it, such digits are no number here rather than a failed turn.
    [Fact]
    public void AnAgeInAnotherScriptsDigitsIsNoAgeAsked()
    {
        Assert.Equal([21], SentenceAges.AskedIn("can i stay till 21"));
        Assert.Empty(SentenceAges.AskedIn("can i stay till \u0662\u0661"));
        Assert.False(SentenceAges.Covers("You can get help up to age \u0662\u0665.", 21));
    }
}
