using CroydonBot.Staff;

namespace CroydonBot.UnitTests.Staff;

public sealed class TimeSinceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 2, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0, "just now")]
    [InlineData(1, "1 minute ago")]
    [InlineData(59, "59 minutes ago")]
    [InlineData(60, "1 hour ago")]
    [InlineData(60 * 5, "5 hours ago")]
    [InlineData(60 * 24 * 3, "3 days ago")]
    public void SaysHowLongInTheUnitThatMatters(int minutes, string expected) =>
        Assert.Equal(expected, TimeSince.Describe(Now.AddMinutes(-minutes), Now));
}
