using CroydonBot.Configuration;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Replies;

/// <summary>
/// Round AS (answer-as): services for another population (older people's care) and travel cards meant for other groups (a
/// railcard, the student Oyster) are subjects the guides never speak of, so they are declined rather than answered with the
/// care leavers' grade or the care leaver photocard.
/// </summary>
public sealed class OtherPopulationsOutsideTheGuidesTests
{
    private static readonly OutsideSubjectMatcher Real =
        new(YamlFile.Read<OutOfScopeData>(Path.Combine(SeedPaths.Dialogs, OutOfScopeData.File)));

    [Theory]
    [InlineData("what did the inspectors think of croydon's old people's homes", "old peoples")]
    [InlineData("are there enough care homes for the elderly in croydon", "elderly")]
    [InlineData("is a nursing home in croydon checked by ofsted", "nursing home")]
    [InlineData("can i get a railcard for cheaper trains", "railcard")]
    [InlineData("how much does the student oyster cost at 19", "student oyster")]
    [InlineData("is the 60+ oyster free for my nan", "60+ oyster")]
    public void AnotherPopulationsServiceOrCardIsDeclined(string text, string subject)
    {
        var match = Real.Match(text, _ => false);

        Assert.Equal(("other-services", subject), (match?.Topic.Name, match?.Subject));
    }

    [Theory]
    // The asker's own age group, not another population's service.
    [InlineData("is there one for older people like me, im 20")]
    [InlineData("how old do people have to be to join the ambassadors")]
    [InlineData("how much is the care leaver oyster photocard")]
    public void TheGuidesOwnPeopleAndCardAreNotDeclined(string text) => Assert.Null(Real.Match(text, _ => false));
}
