using CroydonBot.Replies;

namespace CroydonBot.UnitTests.Replies;

/// <summary>Subjects a topic declines only while the documents do not speak of them.</summary>
public sealed class OutsideSubjectMatcherTests
{
    private static readonly OutOfScopeData Data = new()
    {
        Topics =
        [
            new OutOfScopeData.Topic { Name = "with-patterns", Patterns = ["wales"] },
            new OutOfScopeData.Topic { Name = "nations", Subjects = ["wales", "northern ireland", "ireland"] },
        ],
    };

    private static readonly OutsideSubjectMatcher Matcher = new(Data);

    [Fact]
    public void ASubjectTheDocumentsDoNotSpeakOfMatchesItsTopic()
    {
        var match = Matcher.Match("what do care leavers get in Wales?", _ => false);

        Assert.Equal(("nations", "wales"), (match?.Topic.Name, match?.Subject));
    }

    [Fact]
    public void ASubjectTheDocumentsSpeakOfDoesNotMatch() =>
        Assert.Null(Matcher.Match("what do care leavers get in wales", subject => subject == "wales"));

    [Fact]
    public void TheLongestNameIsTheSubject()
    {
        var asked = new List<string>();

        Matcher.Match("do care leavers in northern ireland get a PA", subject => { asked.Add(subject); return true; });

        Assert.Equal(["northern ireland"], asked);
    }

    [Theory]
    [InlineData("i was walesby's friend")]
    [InlineData("my irelands trip")]
    public void OnlyWholeWordsAreSubjects(string text) =>
        Assert.Null(Matcher.Match(text, _ => false));
}
