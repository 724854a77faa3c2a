using CroydonBot.Dialogs.Feedback;
using CroydonBot.Text;

namespace CroydonBot.UnitTests.Dialogs.Feedback;

/// <summary>
/// Round AB (dialog-ab): a question flagged as beside the feedback, in phrasings of our own. A word or two of the aside's own
/// between its lead and the question ("real quick", "mid chat") and the feedback put off for now ("leave the complaint for now")
/// no longer hide the question; words that make a statement of it keep it a statement.
/// </summary>
public sealed class AsideAfterAFewWordsTests
{
    [Theory]
    [InlineData("btw real quick how much is the setting up home allowance", "how much is the setting up home allowance")]
    [InlineData("random question mid chat, does the hub open on saturdays", "does the hub open on saturdays")]
    [InlineData("sorry quick q totally unrelated can i get a railcard", "can i get a railcard")]
    [InlineData("ok leave the complaint for now, who runs the care leavers forum", "who runs the care leavers forum")]
    [InlineData("park that for a sec. is there a grant for driving lessons", "is there a grant for driving lessons")]
    [InlineData("forget about my message for now what does a PA do", "what does a PA do")]
    [InlineData("actually wait before i do that whats the proper way to complain", "whats the proper way to complain")]
    [InlineData("actually hang on, btw how long does a pathway plan last", "how long does a pathway plan last")]
    [InlineData("actually wait b4 i do it who reads these messages", "who reads these messages")]
    public void TheQuestionAfterTheAsideIsWhatIsAsked(string text, string question)
    {
        Assert.True(AsideQuestion.Opens(text), text);
        // What is left may keep a lead-in word that QuestionShape itself skips ("quick how much ..."); the question is its end.
        Assert.EndsWith(question, AsideQuestion.Rest(text), StringComparison.Ordinal);
        Assert.True(QuestionShape.AsksSomething(AsideQuestion.Rest(text)), text);
    }

    [Theory]
    [InlineData("btw my PA does nothing for me", "my PA does nothing for me")]
    [InlineData("also housing is rubbish round here", "housing is rubbish round here")]
    [InlineData("quick one. the hub is never open", "the hub is never open")]
    public void WordsThatMakeAStatementAreNotSkipped(string text, string rest) => Assert.Equal(rest, AsideQuestion.Rest(text));

    /// <summary>
    /// Round AD (conv-ad): a few words of the aside's own that hold a subject ("since im on here") before a question that puts its
    /// verb before its subject: the inversion says the question opens there.
    /// </summary>
    [Theory]
    [InlineData("oh btw since im on here can i get help paying for driving lessons", "can i get help paying for driving lessons")]
    [InlineData("also while u r here is there a grant for a laptop", "is there a grant for a laptop")]
    [InlineData("btw now that im 20 do i still get a PA", "do i still get a PA")]
    public void AnInvertedQuestionAfterWordsOfTheAsidesOwnIsWhatIsAsked(string text, string question) =>
        Assert.Equal(question, AsideQuestion.Rest(text));

    [Theory]
    [InlineData("btw my PA is never there when i ring", "my PA is never there when i ring")]
    [InlineData("also my flat. is there damp in everyone's", "my flat. is there damp in everyone's")]
    [InlineData("btw the staff at the hub can they not be so rude", "the staff at the hub can they not be so rude")]
    public void NoInvertedQuestionWithinReachOrPastASentenceKeepsTheWords(string text, string rest) =>
        Assert.Equal(rest, AsideQuestion.Rest(text));

    [Theory]
    [InlineData("forget the council, my PA is the problem")]
    [InlineData("leave me alone for a bit")]
    [InlineData("for now im staying with my nan")]
    public void PuttingSomethingElseAsideIsNoAside(string text) => Assert.False(AsideQuestion.Opens(text), text);
}
