using CroydonBot.Text;

namespace CroydonBot.UnitTests.Text;

public sealed class QuestionShapeTests
{
    [Theory]
    [InlineData("was kept on hold for an hour and then cut off")]
    [InlineData("should be open on saturdays too for people at college")]
    [InlineData("have never once had a visit from my new worker")]
    [InlineData("when i moved into my flat nobody showed me the meters")]
    [InlineData("my boiler broke in october, which has not been fixed since")]
    [InlineData("the forms are far too long. do something about it")]
    public void AStatementWithItsSubjectLeftOutOrAStoryTimeDoesNotAsk(string text) => Assert.False(QuestionShape.AsksSomething(text), text);

    [Theory]
    [InlineData("was it the 2024 report that praised the ambassadors")]
    [InlineData("did ofsted visit the childrens homes")]
    [InlineData("should i ring them or email")]
    [InlineData("when i turn 21 do i still get a PA")]
    [InlineData("my rent went up, which is the cheapest area for care leavers")]
    [InlineData("do u know when the hub opens")]
    public void AQuestionWithItsSubjectAfterTheAuxiliaryStillAsks(string text) => Assert.True(QuestionShape.AsksSomething(text), text);

    [Theory]
    [InlineData("wait actually first, how much is the apprenticeship bursary")]
    [InlineData("btw how much is the HE bursary")]
    [InlineData("does croydon have a housing panel for care leavers?")]
    [InlineData("hang on first - how often should my PA visit")]
    [InlineData("the relief stopped, who do i talk to about it")]
    public void AClauseOpeningWithAQuestionWordAsksSomething(string text) => Assert.True(QuestionShape.AsksSomething(text));

    [Theory]
    [InlineData("ok well nobody assessed me before i turned 18, that's what i want to complain about")]
    [InlineData("ok. my feedback is they keep saying my PA ends at 21 which isnt right")]
    [InlineData("my bursary was paid late again, which i want looked into")]
    [InlineData("i rang the duty team, who never rang back")]
    public void AQuestionWordInsideASentenceThatTellsDoesNot(string text) => Assert.False(QuestionShape.AsksSomething(text));

    [Theory]
    // "what a ..." exclaims; a mark still makes it ask, and "what" before anything else still asks.
    [InlineData("what a mess, two months and still no deposit", false)]
    [InlineData("wot a shambles the housing panel was", false)]
    [InlineData("what a care leaver gets at uni?", true)]
    [InlineData("what about the bursary", true)]
    public void WhatBeforeAOrAnExclaimsRatherThanAsks(string text, bool asks) => Assert.Equal(asks, QuestionShape.AsksSomething(text));

    [Theory]
    [InlineData("can u log a complaint for me", false)]
    [InlineData("if i tell them at 22 i want a PA again, how long can i have one", true)]
    [InlineData("can i get the bursary?", true)]
    public void ARequestIsNotAskingForInformation(string text, bool asks) => Assert.Equal(asks, QuestionShape.AsksForInformation(text));

    [Theory]
    // Someone asked to act: what feedback asks for, though shaped as a question.
    [InlineData("the landlord keeps ignoring us, could somebody from the council chase him up", true)]
    [InlineData("can anyone sort out the boiler?", true)]
    [InlineData("can u pass it on to my PA pls", true)]
    // Asking to be told, the asker acting, or "you" meaning anyone: questions.
    [InlineData("can u get money for uni", false)]
    [InlineData("can someone tell me when the forum meets", false)]
    [InlineData("can i get the bursary", false)]
    [InlineData("could someone explain how the panel works pls", false)]
    public void ARequestForSomeoneToActIsToldApartFromAQuestion(string text, bool request) => Assert.Equal(request, QuestionShape.AsksOthersToAct(text));

    [Theory]
    // Round K (dialog-k): a change proposed with "could" or "would", of the council or a thing named.
    [InlineData("could the youth club stay open later on fridays so people who work can go", true)]
    [InlineData("would you put the forum dates on instagram?", true)]
    [InlineData("could they send the letters by text as well", true)]
    // Asking: the asker acting, being told, "can", or a question word near the start.
    [InlineData("could i still get a PA if i move to manchester", false)]
    [InlineData("could you tell me when the forum meets", false)]
    [InlineData("can the bursary be paid monthly", false)]
    [InlineData("could you say when the next session is", false)]
    public void AChangeProposedAsAQuestionIsToldApartFromAQuestion(string text, bool proposal) => Assert.Equal(proposal, QuestionShape.ProposesAChange(text));

    [Theory]
    // Round T (dialog-t): whether someone or something other than the asker could do something, the shape of a proposal.
    [InlineData("could it run later in the day", true)]
    [InlineData("hmm can we get the sessions on zoom sometimes", true)]
    [InlineData("the hub is miles away for me, should they open one in thornton heath", true)]
    // Look-alikes: the asker as the subject, asking to be told, a question word, "will", or no modal at all.
    [InlineData("can i still get a PA at 24", false)]
    [InlineData("could you tell me when the forum is", false)]
    [InlineData("can someone explain what the local offer is", false)]
    [InlineData("will they take my bursary away", false)]
    [InlineData("is the forum on zoom", false)]
    public void WhetherOthersCouldDoSomethingIsToldApartFromAskingAboutOneself(string text, bool proposes) => Assert.Equal(proposes, QuestionShape.AsksWhetherOthersCould(text));

    [Theory]
    [InlineData("could it run later in the day", true)]
    [InlineData("can we get the sessions on zoom sometimes", true)]
    // A subject named in the question itself stands alone.
    [InlineData("can care leavers get a free gym pass", false)]
    [InlineData("could the hub open on sundays", false)]
    public void AProposalWhoseSubjectPointsBackIsToldApart(string text, bool pointsBack) => Assert.Equal(pointsBack, QuestionShape.AsksWhetherWhatWasNamedCould(text));


    [Theory]
    // Round Q (scripts-s): "do" and an amount of something to do, with no question mark, orders it: a suggestion's shape.
    [InlineData("do a drop in on saturdays, loads of us work in the week", true)]
    [InlineData("do some of the meetings on zoom cos i moved to leeds", true)]
    [InlineData("do extra cooking sessions before people move out", true)]
    // Look-alikes that ask: who does it named, a question mark, a question lead-in, or a plain subject after "do".
    [InlineData("do some care leavers get more money than others?", false)]
    [InlineData("do they run any sessions online", false)]
    [InlineData("do the ambassadors already run something like this", false)]
    [InlineData("quick q, do some councils pay more", false)]
    [InlineData("do care leavers get free gym passes", false)]
    public void AnOrderToDoSomethingProposesAChange(string text, bool proposal) => Assert.Equal(proposal, QuestionShape.ProposesAChange(text));

    [Theory]
    [InlineData("my sister lives with me, does that change my council tax", true)]
    [InlineData("my english is not good, is there a leaflet in arabic", true)]
    [InlineData("my PA is great, can u pass that on", false)]
    [InlineData("how much is the bursary", false)]
    public void ASituationThenAQuestionAsksInALaterClause(string text, bool asks) => Assert.Equal(asks, QuestionShape.AsksInALaterClause(text));

    [Theory]
    // Breaking into the conversation before the question ("hold on", "one sec", "quick question") is not its opening.
    [InlineData("hold on is the bus pass free for care leavers")]
    [InlineData("one sec whats a pathway plan")]
    [InlineData("oh hang on does my PA have to visit")]
    [InlineData("quick q are ambassadors paid")]
    public void AQuestionAfterAnInterruptionAsksSomething(string text) => Assert.True(QuestionShape.AsksSomething(text));

    [Theory]
    [InlineData("oh quick question, is the bus pass free for care leavers?", "is the bus pass free for care leavers?")]
    [InlineData("hold on whats a pathway plan", "whats a pathway plan")]
    [InlineData("sorry quick q before i carry on - how long does a PA stay with you", "how long does a PA stay with you")]
    [InlineData("how much is the bursary", "how much is the bursary")]
    [InlineData("my flat has damp and nobody comes", "my flat has damp and nobody comes")]
    public void TheQuestionPartLeavesOutWhatCameBeforeIt(string text, string question) => Assert.Equal(question, QuestionShape.QuestionPart(text));

    [Fact]
    public void TheFeedbackIntentReadsTheSameShape()
    {
        // The model's made-up shape words come from the same reading, so moving it changed no model input.
        Assert.EndsWith("qqquestionmarkqq qqquestionwordqq", CroydonBot.Dialogs.Feedback.Intent.FeedbackIntentText.Prepare("is it free?"));
        // A statement gets no question words; the intent's own marks (a telling verb, an addressee) may follow it.
        var statement = CroydonBot.Dialogs.Feedback.Intent.FeedbackIntentText.Prepare("tell the council my flat has mould");
        Assert.StartsWith("tell the council my flat has mould", statement);
        Assert.DoesNotContain("qqquestion", statement);
    }

    // Round S: a question after a lead-in clause that opens with the thing asked about, and words pointing back at the person's own.
    [Theory]
    [InlineData("one sec, what age do you have to be for the bursary")]
    [InlineData("before that, which office should i go to")]
    [InlineData("hmm ok, what grade did they get in 2020")]
    public void AQuestionAboutAThingAfterALeadInAsks(string text) => Assert.True(QuestionShape.AsksSomething(text), text);

    [Theory]
    [InlineData("my flat is cold, which people did not believe")]
    [InlineData("the hostel, which staff never cleaned")]
    public void ARelativeThatTellsStillDoesNotAsk(string text) => Assert.False(QuestionShape.AsksSomething(text), text);

    [Theory]
    [InlineData("what i told you earlier, nobody rings me back")]
    [InlineData("what we said at the forum, the bus passes run out too soon")]
    [InlineData("what i wrote before. still no repairs")]
    public void WordsPointingBackAtWhatWasSaidDoNotAsk(string text) => Assert.False(QuestionShape.AsksSomething(text), text);

    [Theory]
    [InlineData("what did i say before")]
    [InlineData("what i said before?")]
    [InlineData("what is the local offer")]
    public void AQuestionAboutWhatWasSaidStillAsks(string text) => Assert.True(QuestionShape.AsksSomething(text), text);

    /// <summary>Round U (route-u): "since when" asks when; "since" before a story or a reason leaves it telling.</summary>
    [Theory]
    [InlineData("since when do care leavers get free prescriptions", true)]
    [InlineData("since when is the bursary paid monthly", true)]
    [InlineData("since i moved nobody has visited me", false)]
    [InlineData("since the council changed the form its so confusing", false)]
    public void SinceWhenAsksWhen(string text, bool asks) => Assert.Equal(asks, QuestionShape.AsksSomething(text));

    /// <summary>Round AC (ctx-ac): "n" is "and" typed fast, a link before the question's opening.</summary>
    [Theory]
    [InlineData("n was the leaving care part good as well")]
    [InlineData("n how long does it last")]
    public void AQuestionAfterNOpensLikeAQuestion(string text) => Assert.True(QuestionShape.OpensLikeQuestion(text), text);

    [Fact]
    public void AStatementAfterNDoesNotOpenLikeAQuestion() => Assert.False(QuestionShape.OpensLikeQuestion("n my PA never rings back"));

    [Theory]
    [InlineData("can i still get a bus pass at 23")]
    [InlineData("is there any help with a deposit")]
    [InlineData("do they pay for the train")]
    public void AVerbBeforeItsSubjectOpensAnInvertedQuestion(string text) => Assert.True(QuestionShape.OpensWithInvertedQuestion(text), text);

    [Theory]
    [InlineData("i can get a bus pass")]
    [InlineData("so can i get one")]
    [InlineData("can do better")]
    [InlineData("is there")]
    public void NoInversionAtTheVeryStartIsNoInvertedQuestion(string text) => Assert.False(QuestionShape.OpensWithInvertedQuestion(text), text);

    /// <summary>Round AH (conv2-ah): a question run on after the person's situation, with no comma, is found with its words to the end.</summary>
    [Theory]
    [InlineData("ok and im 22 does that still count", "does that still count")]
    [InlineData("ok but im 19 now does that still apply", "does that still apply")]
    [InlineData("right im at uni now can i still have a PA", "can i still have a pa")]
    [InlineData("cool my PA is new is that normal", "is that normal")]
    public void AQuestionRunOnAfterTheSituationIsFound(string text, string question) =>
        Assert.Equal(question, QuestionShape.RunOnQuestion(text));

    [Theory]
    [InlineData("ok go on then")]
    [InlineData("yeah send it")]
    [InlineData("can i still have a PA")]
    [InlineData("ok can i still have a PA")]
    [InlineData("my PA never turns up and nobody at the council does anything")]
    [InlineData("ok cool carry on. my message is the sessions r great but can they be after 5 cos of college")]
    [InlineData("ok cool carry on my message is the sessions r great but can they be after 5 cos of college")]
    public void NoQuestionRunOnAfterWordsThatTellIsNone(string text) => Assert.Null(QuestionShape.RunOnQuestion(text));
}
