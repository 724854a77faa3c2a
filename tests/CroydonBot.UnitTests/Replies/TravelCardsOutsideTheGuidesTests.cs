using CroydonBot.Configuration;
using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Replies;

/// <summary>Round AG (ent-ag): travel cards the guides never speak of are another service, not the care leaver photocard.</summary>
public sealed class TravelCardsOutsideTheGuidesTests
{
    private static readonly OutsideSubjectMatcher Real =
        new(YamlFile.Read<OutOfScopeData>(Path.Combine(SeedPaths.Dialogs, OutOfScopeData.File)));

    [Theory]
    [InlineData("how do i get a zip oyster card for free buses im 16", "zip oyster")]
    [InlineData("can my little brother get a zip card, hes in care", "zip card")]
    [InlineData("does a freedom pass work for care leavers", "freedom pass")]
    public void ATravelCardTheGuidesDoNotSpeakOfIsDeclined(string text, string subject)
    {
        var match = Real.Match(text, _ => false);

        Assert.Equal(("other-services", subject), (match?.Topic.Name, match?.Subject));
    }

    [Theory]
    [InlineData("how do i apply for the care leaver oyster photocard")]
    [InlineData("is there half price bus travel for care leavers")]
    public void TheCareLeaverPhotocardIsNotDeclined(string text) => Assert.Null(Real.Match(text, _ => false));
}
