using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class BoundedRegexTests
{
    [Fact]
    public void AnOrdinaryReplyMatchesAsRegexWould()
    {
        const string Email = @"^\s*[^@\s]+@[^@\s]+\.[^@\s]+\s*$";

        Assert.True(BoundedRegex.IsMatch("me@example.org", Email));
        Assert.False(BoundedRegex.IsMatch("no thanks", Email));
        Assert.Equal("07700 900123", BoundedRegex.Match("ring 07700 900123 pls", @"0\d{4} ?\d{6}").Value);
        Assert.Equal(["12", "345"], BoundedRegex.Matches("12 and 345", @"\d+").Select(m => m.Value));
    }

    [Fact]
    public void APatternThatNeverEndsIsNoMatchNotAnError()
    {
        // Catastrophic backtracking: outlasts both limits on any machine, and must end as "no match".
        var text = new string('a', 40) + "!";

        Assert.False(BoundedRegex.IsMatch(text, @"^(a+)+$"));
        Assert.Empty(BoundedRegex.Matches(text, @"^(a+)+$"));
    }
}
