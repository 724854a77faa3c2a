using CroydonBot.Conversation;

namespace CroydonBot.UnitTests.Conversation;

/// <summary>Round AJ (conv-aj): the conversation's own subject said again where "that" would do, in a "does it still hold if" follow-up.</summary>
public sealed class SubjectSaidAgainTests
{
    private static readonly HashSet<string> Said = new(StringComparer.Ordinal) { "pa", "swimming", "pass", "21" };

    // The reading with the subject checked against the conversation's words (the bot checks it against the last passage's terms).
    private static string? AsPointer(string question) =>
        SubjectSaidAgain.Read(question) is { } read && read.Named.All(Said.Contains) ? read.Pointed : null;

    [Theory]
    [InlineData("ok and does the PA thing still count if im not at college or uni or nothing", "does that still count if im not at college or uni or nothing")]
    [InlineData("does my pa still count if im working", "does that still count if im working")]
    [InlineData("is the swimming pass still there if i move out", "is that still there if i move out")]
    [InlineData("does the whole swimming pass thing still work if im 19", "does that still work if im 19")]
    public void TheSubjectSaidAgainIsReadAsThat(string question, string read) => Assert.Equal(read, AsPointer(question));

    [Theory]
    [InlineData("does the bursary still count if im not at college")]
    [InlineData("does the PA thing still count")]
    [InlineData("how much is the swimming pass")]
    [InlineData("does that still count if im working")]
    public void AFollowUpNamingAnotherSubjectOrNoConditionIsKept(string question) => Assert.Null(AsPointer(question));
}
