using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class CurrentPositionTests
{
    [Theory]
    [InlineData("Now 90% of carers are local.")]
    [InlineData("In 2025, now most PAs work from the hub.")]
    [InlineData("The grant currently pays £500.")]
    [InlineData("The team is now based in Thornton Heath.")]
    [InlineData("Since then the waiting list has halved.")]
    [InlineData("The government's deal with the trust ran until 31 March 2025.")]
    [InlineData("The pilot ended in 2023, and nothing replaced it.")]
    [InlineData("We could not confirm what happens after that.")]
    public void ASentenceThatSaysWhatHoldsNowIsTheCurrentPosition(string sentence)
    {
        Assert.True(CurrentPosition.Says(sentence));
    }

    [Theory]
    [InlineData("You can now apply online with a photo.")]
    [InlineData("In 2018 about 41% of staff were agency staff.")]
    [InlineData("Known as the local offer, it lists what you can get.")]
    [InlineData("Young people from other boroughs are no longer covered.")]
    public void ASentenceThatOnlyTimesAnActionIsNot(string sentence)
    {
        Assert.False(CurrentPosition.Says(sentence));
    }
}
