using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.UnitTests.Dialogs;

namespace CroydonBot.UnitTests.Conversation;

public sealed class FollowUpReaderTests
{
    private readonly FollowUpReader _reader = new(YamlFile.Read<FollowUpWords>(DialogFiles.Path(FollowUpWords.File)));

    [Theory]
    [InlineData("so is it good now?")]
    [InlineData("how much is it")]
    [InlineData("who do i ask about that")]
    [InlineData("Who do I ask?")]
    [InlineData("does it work on the tube")]
    // A condition on the last question names new words but asks the same thing again (round G).
    [InlineData("even though i dropped out of my course")]
    [InlineData("even if im living with my girlfriend now")]
    // Round K: a continuation, "if" and the person asks the last question again under a condition; what the condition
    // names ("college") is not a new subject.
    [InlineData("what about if im at college")]
    [InlineData("but if i move to another borough")]
    public void AMessageThatPointsBackIsAReference(string text) => Assert.Equal(FollowUpShape.Reference, _reader.Read(text));

    [Theory]
    [InlineData("what about at uni")]
    [InlineData("and in 2020?")]
    [InlineData("and whos the mayor")]
    [InlineData("till what age")]
    [InlineData("no i meant how old you have to be")]
    [InlineData("i mean the money")]
    // Round I: a last word that carries the question on.
    [InlineData("and up to what age though")]
    [InlineData("till what age can i stay tho")]
    [InlineData("who do i ask about staying put then")]
    public void AMessageThatOpensLikeAContinuationIsOne(string text) => Assert.Equal(FollowUpShape.Continuation, _reader.Read(text));

    [Theory]
    [InlineData("what did ofsted say about croydon in 2017")]
    [InlineData("how much is the university bursary for care leavers")]
    // Round I: a long message ending "tho" names its own subject; the word is contrast.
    [InlineData("do personal advisers have too many young people each tho")]
    [InlineData("")]
    public void AQuestionThatStandsOnItsOwnIsNotAFollowUp(string text) => Assert.Equal(FollowUpShape.None, _reader.Read(text));

    [Fact]
    public void ALongMessageIsReadOnItsOwnWhateverItStartsWith() =>
        Assert.Equal(FollowUpShape.None, _reader.Read("and so i was wondering what the council does for young people who are leaving foster care at eighteen this year"));

    [Theory]
    [InlineData("is it still a thing", new string[0])]
    [InlineData("how long does it last", new[] { "long" })]
    public void APronounWithNothingElseNamedPointsBackWithoutASubject(string text, string[] ideas) =>
        Assert.True(_reader.PointsBackWithoutSubject(text, ideas));

    [Theory]
    [InlineData("does it work on the tube", new[] { "work", "tube" })]
    [InlineData("how much is it for uni", new[] { "uni" })]
    [InlineData("how long does the bursary last", new[] { "long", "bursary" })]
    public void AMessageNamingASubjectOrWithoutAPronounHasOne(string text, string[] ideas) =>
        Assert.False(_reader.PointsBackWithoutSubject(text, ideas));

    [Theory]
    [InlineData("ok. random but is it gonna snow this weekend")]
    [InlineData("unrelated but does it rain tomorrow")]
    [InlineData("different question, what is a pathway plan")]
    // Round H: "diff" as many write "different".
    [InlineData("completely diff thing, is there a gym discount")]
    [InlineData("ok diff question but who runs the forum")]
    public void AMessageSayingItChangesTheSubjectIsANewTopic(string text) => Assert.Equal(FollowUpShape.NewTopic, _reader.Read(text));

    [Theory]
    [InlineData("wat about lambeth are they good too", "lambeth are they good too")]
    [InlineData("What about Bromley?", "bromley")]
    [InlineData("how about in 2020", "in 2020")]
    public void ASwitchOpeningNamesTheNewSubject(string text, string subject) => Assert.Equal(subject, _reader.SwitchedTo(text));

    [Theory]
    [InlineData("does it still count")]
    [InlineData("whats lambeth like")]
    public void AMessageThatDoesNotOpenWithASwitchNamesNoNewSubject(string text) => Assert.Null(_reader.SwitchedTo(text));

    [Theory]
    [InlineData("since")]
    [InlineData("start")]
    [InlineData("give")]
    [InlineData("times")]
    [InlineData("once", "21")]
    [InlineData("2020")]
    public void QuestionWordsAndNumbersAreNoSubjectOfTheirOwn(params string[] ideas) => Assert.True(_reader.NamesNoSubject(ideas));

    [Theory]
    [InlineData("since", "bursary")]
    [InlineData("lambeth")]
    [InlineData("tube")]
    public void AnIdeaOfItsOwnIsASubject(params string[] ideas) => Assert.False(_reader.NamesNoSubject(ideas));

    [Fact]
    public void ALongMessageEndingInAShortQuestionPointingBackIsAReference() =>
        Assert.Equal(FollowUpShape.Reference, _reader.Read("my foster placement was with sutton not croydon but i rent in croydon these days, can i still have it?"));

    [Fact]
    public void ALongMessageEndingInAQuestionOfItsOwnIsNotAFollowUp() =>
        Assert.Equal(FollowUpShape.None, _reader.Read("my foster placement was with sutton not croydon but i rent in croydon these days, what is the local offer"));

    [Theory]
    [InlineData("whats a pathway plan", true)]
    [InlineData("staying put", true)]
    [InlineData("how much is it", false)]
    [InlineData("and the bursary", false)]
    public void OnlyAShortMessageWithoutOpeningOrPointerLeansByItsLengthAlone(string text, bool shortOnly) =>
        Assert.Equal(shortOnly, _reader.ShortOnly(text));

    [Theory]
    [InlineData("heard|£1,500")]
    [InlineData("someone|told|£500")]
    [InlineData("21")]
    public void HearsayAndAmountsNameNoSubject(string ideas) => Assert.True(_reader.NamesNoSubject(ideas.Split('|')));

    [Theory]
    [InlineData("oh hang on scratch that, i meant the college money", true)]
    [InlineData("no sorry i meant how old you have to be", true)]
    [InlineData("i mean what does it cover", false)]
    [InlineData("what does priority need mean", false)]
    public void ACorrectionIsSaidNearTheStart(string text, bool correction) => Assert.Equal(correction, _reader.IsCorrection(text));

    [Theory]
    [InlineData("when do i get the grant", "grant", true)]
    [InlineData("how long does the card last", "card", true)]
    [InlineData("when do i get a grant", "grant", false)]
    [InlineData("the grant", "grant", false)]
    [InlineData("how long does the card last if i moved to manchester after finishing my course", "card", false)]
    public void AShortQuestionNamingTheThingPointsAtIt(string text, string idea, bool definite) =>
        Assert.Equal(definite, _reader.NamesDefinitely(text, [idea]));

    [Theory]
    [InlineData("does that still apply if i move to kent", true)]
    [InlineData("even if im 22", true)]
    // Round M: "what if" and the person is a condition of their own too (it was read as a new question).
    [InlineData("what if i move to kent", true)]
    [InlineData("does it apply to me", false)]
    public void AQuestionPointingBackThenSayingIfIsACondition(string text, bool condition) => Assert.Equal(condition, _reader.IsCondition(text));

    [Theory]
    // Round K: a continuation, "if" and the person themself put a condition of their own on the last question.
    [InlineData("what about if im at college", true)]
    [InlineData("and if i go travelling for a year", true)]
    [InlineData("but if im living with my nan", true)]
    // What happens next is another question, and "instead" puts a new subject in place of the last one.
    [InlineData("and if the council says no?", false)]
    [InlineData("what about if im doing a traineeship instead", false)]
    // Round M: several link words before the "if" ("and what if", "but what about if") are still a link.
    [InlineData("what if i am working", true)]
    [InlineData("and what if i moved to bromley", true)]
    [InlineData("but what about if im in halls", true)]
    [InlineData("so what if they say no", false)]
    public void AContinuationThenIfAndThePersonIsACondition(string text, bool condition) => Assert.Equal(condition, _reader.IsCondition(text));

    [Theory]
    [InlineData("is that still true if im working", true)]
    [InlineData("would it count if i moved to bromley", true)]
    // A condition of the asker's own without pointing back first asks nothing of the last answer as such.
    [InlineData("and what if im still fed up after", false)]
    [InlineData("what if i move to kent", false)]
    public void PointingBackThenSayingIfAsksWhetherTheLastAnswerStillHolds(string text, bool holds) => Assert.Equal(holds, _reader.AsksWhetherItStillHolds(text));

    [Theory]
    [InlineData("even if i have a part time job", true)]
    [InlineData("even though im doing an nvq now?", true)]
    // A looser condition may ask the next thing ("still fed up after" a complaint): another section may say it.
    [InlineData("and what if im still fed up after", false)]
    [InlineData("what if i get a job", false)]
    [InlineData("i even asked my pa", false)]
    public void AConditionThatOpensWithEvenAsksTheLastQuestionAgain(string text, bool opens) => Assert.Equal(opens, _reader.OpensWithCondition(text));

    [Theory]
    [InlineData("i grew up in another council's care tho, does it still apply", "does it still apply")]
    [InlineData("how did my cousins school do in its inspection", "how did my cousins school do in its inspection")]
    [InlineData("whats bromleys grade then, my cousin lives there")]
    public void OnlyAClauseThatAsksPointsBack(string text, params string[] clauses) => Assert.Equal(clauses, _reader.ClausesPointingBack(text));

    [Fact]
    public void ASubjectBesideAnAmountIsOne() => Assert.False(_reader.NamesNoSubject(["bursary", "£1,500"]));

    [Theory]
    // Round I: "subject" or "topic" said with change/new/other.
    [InlineData("changing subject, how do i get a bank account")]
    [InlineData("ok new topic. whats a pathway plan")]
    public void SayingTheSubjectChangesIsANewTopic(string text) => Assert.Equal(FollowUpShape.NewTopic, _reader.Read(text));

    [Theory]
    // Round I: what a correction takes back after "not" is the last subject; any other "not" stays.
    [InlineData("oh sorry i meant the college one not the apprenticeship", "oh sorry i meant the college one")]
    [InlineData("i meant the oyster card, not the bus pass thing", "i meant the oyster card,")]
    [InlineData("i meant can i not pay it at all", "i meant can i not pay it at all")]
    [InlineData("the college one not the apprenticeship", "the college one not the apprenticeship")]
    public void ACorrectionTakesBackTheLastSubjectAfterNot(string text, string expected) =>
        Assert.Equal(expected, _reader.WithoutTakenBack(text, ["apprenticeship bursary", "bus pass"]));

    [Theory]
    // Round I: a short continuation, pointer or correction with nothing of the person's own is the next question.
    [InlineData("n the latest one", true)]
    [InlineData("and the help and protection part", true)]
    [InlineData("wait no sorry i meant the oldest one", true)]
    [InlineData("its about the bus pass thing", true)]
    [InlineData("my PA never does that", false)]
    [InlineData("ok well im still waiting for mine", false)]
    [InlineData("suggestion: do the forum at weekends", false)]
    [InlineData("what did ofsted say about croydon in 2017", false)]
    [InlineData("and so i was wondering what the council does for young people leaving care", false)]
    public void AShortFollowUpWithNothingOfThePersonsOwnIsAFragment(string text, bool fragment) =>
        Assert.Equal(fragment, _reader.IsFragmentFollowUp(text));

    [Theory]
    // Round Y: someone's age as the message's end asks the last answer for them; "my" before it tells nothing.
    [InlineData("what about my little brother hes 9", true)]
    [InlineData("is there stuff for my son whos 7", true)]
    // Feedback that tells something about them, or the asker's own story.
    [InlineData("my brother is 12 and nobody helps him", false)]
    [InlineData("my sister is 14 and i want to tell the council she needs help", false)]
    [InlineData("i think my son whos 7 should get it", false)]
    public void SomeonesAgeAfterAnAnswerIsAFragment(string text, bool fragment) =>
        Assert.Equal(fragment, _reader.IsFragmentFollowUp(text));

    [Theory]
    // Round M: the asker's age, said after an answer, asks whether that answer holds at that age.
    [InlineData("im 20 though", true)]
    [InlineData("i'm 24 next year", true)]
    [InlineData("and im only 16", true)]
    [InlineData("i turn 21 soon", true)]
    [InlineData("wat if im 23 tho", true)]
    // A number that is no age, or a message that tells much more than an age.
    [InlineData("im 2 late for the meeting", false)]
    [InlineData("i have 3 kids", false)]
    [InlineData("im 19 and my pa has not called me once since march", false)]
    public void AnAgeOfTheAskersOwnIsACondition(string text, bool condition) => Assert.Equal(condition, _reader.IsCondition(text));

    [Theory]
    [InlineData("what do they even do", true)]
    [InlineData("so what does it actually do", true)]
    [InlineData("and what is it for", true)]
    [InlineData("whats that about", true)]
    // Another side of the subject, not what it is or does.
    [InlineData("what did they say about it", false)]
    [InlineData("what was it before that", false)]
    [InlineData("what do they pay", false)]
    [InlineData("so what have they really done", true)]
    [InlineData("what have they done to me", false)]
    public void OnlyAQuestionAboutWhatTheThingIsOrDoesAsksIt(string text, bool asks) => Assert.Equal(asks, _reader.AsksWhatItIsOrDoes(text));

    [Theory]
    [InlineData("what have they even done", "what do they even do")]
    [InlineData("ok wat has it actually done tho", "ok wat do it actually do tho")]
    [InlineData("what have you done with my form", "what have you done with my form")]
    public void WhatHasBeenDoneIsAskedAsWhatIsDone(string text, string asked) => Assert.Equal(asked, FollowUpReader.AsWhatTheyDo(text));

    [Theory]
    [InlineData("what do they even do", "independent visitors", "what do independent visitors even do")]
    [InlineData("is it free", "oyster card", "is oyster card free")]
    [InlineData("what hours is that", "duty team", "what hours is duty team")]
    public void APronounIsPutInPlaceByTheSubject(string text, string subject, string resolved) =>
        Assert.Equal(resolved, _reader.WithPronounAs(text, subject));

    [Theory]
    // "that" before a noun of the message's own is no pronoun; a message with none has nothing to put in place.
    [InlineData("when did that report come out")]
    [InlineData("how old do you have to be")]
    public void AMessageWithoutAPronounForAThingHasNoneToPutInPlace(string text) => Assert.Null(_reader.WithPronounAs(text, "bursary"));

    [Theory]
    // Round S (ctx-s): the time the last answer spoke of, said in the follow-up.
    [InlineData("what went wrong back then")]
    [InlineData("who ran childrens services at the time")]
    [InlineData("n how many kids were in care that year")]
    [InlineData("were things better in those days?")]
    public void PointingBackAtTheLastAnswersTimeIsAtThatTime(string text) => Assert.True(_reader.AtThatTime(text), text);

    [Theory]
    // "then" alone is "in that case"; "time" in the asker's own sense; a long message telling a story.
    [InlineData("who do i ask then")]
    [InlineData("and then?")]
    [InlineData("what time does the drop in open")]
    [InlineData("i was in care at the time and nobody told me about any of it so now i want to complain to the council")]
    public void LookAlikesAreNotAtThatTime(string text) => Assert.False(_reader.AtThatTime(text), text);

    [Theory]
    // Round V (ctx-v): "ever" frees a follow-up from the last answer's year.
    [InlineData("has it ever been that bad", true)]
    [InlineData("at any point were they failing?", true)]
    [InlineData("whenever i ask my pa she says no", false)]
    [InlineData("is everything in the local offer free", false)]
    [InlineData("will i be in care forever", false)]
    public void EverFreesAFollowUpFromTheLastAnswersTime(string text, bool anyTime) => Assert.Equal(anyTime, _reader.AtAnyTime(text));

    /// <summary>Round AC (ctx-ac): a continuation's opening, whatever the message's length.</summary>
    [Theory]
    [InlineData("and was the bit about leaving care any better than the last time they came round")]
    [InlineData("n is it the same for college")]
    [InlineData("what about the summer holidays")]
    public void AMessageOpeningWithAContinuationOpensAsOne(string text) => Assert.True(_reader.OpensAsContinuation(text), text);

    [Theory]
    [InlineData("was the bit about leaving care any better")]
    [InlineData("android phones dont show the buttons")]
    [InlineData("and")]
    public void AMessageWithoutAContinuationsOpeningDoesNotOpenAsOne(string text) => Assert.False(_reader.OpensAsContinuation(text), text);

    [Theory]
    [InlineData("n was the leaving care part good as well")]
    [InlineData("and if my landlord still wont fix it")]
    [InlineData("so how long does it take")]
    public void AContinuationThenAQuestionOrAConditionAsksOn(string text) => Assert.True(_reader.AsksOnAfterALink(text), text);

    [Theory]
    [InlineData("and my PA never rings back")]
    [InlineData("so the hub is rubbish")]
    [InlineData("was the leaving care part good as well")]
    public void AContinuationThenAStatementOrNoContinuationDoesNotAskOn(string text) => Assert.False(_reader.AsksOnAfterALink(text), text);

    [Theory]
    [InlineData("and if the landlord still wont fix it", true)]
    [InlineData("but if i move to sutton", true)]
    [InlineData("and how long does it take", false)]
    [InlineData("if i move to sutton", false)]
    public void AConditionAfterALinkIsRead(string text, bool condition) => Assert.Equal(condition, _reader.PutsAConditionAfterALink(text));

    [Theory]
    // Round AE (conv-ae): a reaction to the last answer is no word of the follow-up it opens.
    [InlineData("nice who do i contact", "who do i contact")]
    [InlineData("ok cool cool, and how long does it take?", "and how long does it take")]
    [InlineData("oh brilliant thanks. where do i apply", "where do i apply")]
    [InlineData("nice one so whats the age limit", "so whats the age limit")]
    // Round AJ (ofsted-aj): a pause before the question is no word of it either.
    [InlineData("wait is that still true", "is that still true")]
    [InlineData("hang on who came in after that", "who came in after that")]
    [InlineData("oh wait so are they good now", "so are they good now")]
    public void AReactionOpeningAFollowUpIsLeftOut(string text, string read) => Assert.Equal(read, _reader.WithoutAcknowledgement(text));

    [Theory]
    // Nothing but a reaction, a question too short to stand, or a reaction word inside the question.
    [InlineData("cool thanks")]
    [InlineData("nice, why")]
    [InlineData("is it safe to tell my PA")]
    [InlineData("how do i get a nice flat")]
    [InlineData("who do i contact")]
    [InlineData("how long do i wait for a pa")]
    public void WithoutAReactionOpeningTheTextStays(string text) => Assert.Equal(text, _reader.WithoutAcknowledgement(text));

    [Theory]
    [InlineData("is there a national helpline for advocacy")]
    [InlineData("are there any grants for driving lessons")]
    [InlineData("ok so is there an app for care leavers in croydon")]
    public void AskingWhetherSomethingExistsDoesNotPointBack(string text) => Assert.Equal(FollowUpShape.Continuation, _reader.Read(text));

    [Theory]
    [InlineData("what happened there after the inspection")]
    [InlineData("can i still go there if im over 21")]
    [InlineData("is there a number for that")]
    public void ThereAsAPlaceStillPointsBack(string text) => Assert.Equal(FollowUpShape.Reference, _reader.Read(text));
}
