using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class RoleAskedTests
{
    [Theory]
    [InlineData("who was leading the last visit", "The lead officer for the review was Sam Okafor.")]
    [InlineData("who led the 2020 one", "The panel was led by Priya Shah.")]
    [InlineData("n who chaired it", "Its chair was Alex Mensah.")]
    [InlineData("who's the leader of that group", "The group's leader is Jo Bell.")]
    public void A_sentence_naming_the_role_asked_matches(string question, string sentence)
    {
        var role = RoleAsked.In(question);

        Assert.NotNull(role);
        Assert.Matches(role, sentence);
    }

    [Theory]
    // The verb in passing names nobody in the role.
    [InlineData("who led it", "Bad planning can lead to delays, Sam Okafor said.")]
    [InlineData("who led it", "Robert Henderson led the service from 2018.")]
    public void A_sentence_saying_the_verb_only_in_passing_does_not(string question, string sentence)
    {
        Assert.DoesNotMatch(RoleAsked.In(question)!, sentence);
    }

    [Theory]
    // "runs" asks who is in charge, which answers say as a job title ("Corporate Director"), not as "runs".
    [InlineData("who runs childrens services in croydon")]
    [InlineData("who is the mayor")]
    [InlineData("what did the lead inspector say")]
    [InlineData("does the pathway plan lead to anything")]
    public void No_role_is_asked_without_who_and_a_role_verb(string question)
    {
        Assert.Null(RoleAsked.In(question));
    }
}
