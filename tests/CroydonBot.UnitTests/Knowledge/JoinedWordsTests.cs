using System.Text.RegularExpressions;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class JoinedWordsTests
{
    [Fact]
    public void AMatchInTheMiddleMarksExactlyTheWordsItCovers()
    {
        var words = new[] { "what", "did", "ofsted", "think", "of", "how", "croydon", "treats", "care", "leavers" };
        var joined = string.Join(' ', words);
        var marks = new bool[words.Length];

        JoinedWords.Mark(joined, Regex.Match(joined, "croydon treats"), marks);

        Assert.Equal([6, 7], Enumerable.Range(0, words.Length).Where(i => marks[i]));
    }

    [Fact]
    public void AMatchRunningToTheEndNeverMarksPastTheLastWord()
    {
        var words = new[] { "is", "that", "true" };
        var marks = new bool[words.Length];

        JoinedWords.Mark("is that true", Regex.Match("is that true", "that true"), marks);

        Assert.Equal([false, true, true], marks);
    }

    [Theory]
    [InlineData("is that true", 0, 0)]
    [InlineData("is that true", 3, 1)]
    [InlineData("is that true", 8, 2)]
    public void TheWordPositionIsTheNumberOfSpacesBeforeIt(string joined, int charIndex, int expected) =>
        Assert.Equal(expected, JoinedWords.IndexAt(joined, charIndex));
}
