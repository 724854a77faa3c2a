using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>Round AR (abstain-ar): messages that set aside the group the guides are written for.</summary>
public sealed class AskerOutsideTheCoveredGroupTests
{
    [Theory]
    [InlineData("im 18 at college not a care leaver, is there a student oyster discount")]
    [InlineData("I'm not a care leaver, can I still get a bus pass")]
    [InlineData("i was never in care but can i get the setting up home allowance")]
    [InlineData("i wasnt in care, do i get council tax off")]
    [InlineData("how much is the 18+ student oyster discount? not the care leaver one the student one")]
    // Round AS (perf-as): the words the patterns need are looked for in the lowered text, capitals and "looked after" included.
    [InlineData("I WAS NEVER IN CARE, CAN I GET A BUS PASS")]
    [InlineData("i was never looked after, can i get a bus pass")]
    [InlineData("i aint a care leaver, do i get it")]
    [InlineData("i havent been in care, can i get help")]
    public void TheAskerSayingTheCoveredGroupIsNotTheirsSetsItAside(string message) =>
        Assert.True(AskerOutsideTheCoveredGroup.Says(message));

    [Theory]
    // Someone else described: the care leaver's own entitlement answers it.
    [InlineData("my flatmate isnt a care leaver does she get the council tax discount too")]
    [InlineData("me n my boyfriend live together, hes not a care leaver. does he get council tax off too")]
    // A children's home is care too: "not foster care" keeps the asker in the group.
    [InlineData("im in a childrens home not foster care. can i do staying put when im 18")]
    // A child in care is who the guides are for, a care leaver or not yet.
    [InlineData("im 16 and not a care leaver yet, what will i get when i leave care")]
    [InlineData("im a care leaver, what can i get")]
    // A worker asking for a young person.
    [InlineData("im a social worker not a care leaver, what does my client get for uni")]
    // Round AS (perf-as): neither "care" nor "looked": no pattern is tried.
    [InlineData("im not a student, can i get a bus pass")]
    // Round AS (perf-as): the group named without a negation: no pattern is tried.
    [InlineData("im a care leaver in croydon, what can i get")]
    [InlineData("")]
    public void AMessageKeepingTheGroupOrAboutSomeoneElseDoesNot(string message) =>
        Assert.False(AskerOutsideTheCoveredGroup.Says(message));
}
