using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Knowledge;

public sealed class QuestionKindsTests
{
    [Theory]
    [InlineData("wen did they last inspect", QuestionKind.When)]
    [InlineData("how much is the thing for ur first flat", QuestionKind.HowMuch)]
    [InlineData("how often does someone check on me", QuestionKind.HowOften)]
    [InlineData("till what age can i get help", QuestionKind.Age)]
    [InlineData("staying put age", QuestionKind.Age)]
    [InlineData("who do i ring about a complaint", QuestionKind.WhoToAsk)]
    [InlineData("who runs the virtual school", QuestionKind.Who)]
    [InlineData("how many visits were there", QuestionKind.HowMany)]
    [InlineData("tell me about staying put", QuestionKind.General)]
    [InlineData("my mate said 30% of pas quit last year, is that still true", QuestionKind.Share)]
    [InlineData("what percentage of staff are permanent", QuestionKind.Share)]
    [InlineData("is the £2000 uni money guaranteed by law", QuestionKind.Legal)]
    [InlineData("do councils legally have to give me a pa", QuestionKind.Legal)]
    [InlineData("is that new rule in force yet", QuestionKind.Legal)]
    [InlineData("which words did the inspectors use about the social workers", QuestionKind.Words)]
    [InlineData("how did the report describe the leaders", QuestionKind.Words)]
    [InlineData("is the college money paid each year or only once", QuestionKind.HowOften)]
    [InlineData("does the grant come all in one go", QuestionKind.HowOften)]
    [InlineData("which month did ofsted come to croydon", QuestionKind.When)]
    [InlineData("do you get £ for helping out", QuestionKind.General)]
    [InlineData("is the grant £3000", QuestionKind.HowMuch)]
    [InlineData("what were croydon weakest at in the last inspection", QuestionKind.Shortfall)]
    [InlineData("any parts of the ofsted report that werent good", QuestionKind.Shortfall)]
    [InlineData("what do they have to do better at", QuestionKind.Shortfall)]
    [InlineData("which section of the report was rated requires improvement", QuestionKind.Shortfall)]
    [InlineData("tell me the not good bits of the 2024 report", QuestionKind.Shortfall)]
    [InlineData("is croydon still bad", QuestionKind.General)]
    [InlineData("what if my pa is bad at replying", QuestionKind.General)]
    [InlineData("what can i do better to get a job", QuestionKind.General)]
    [InlineData("my mum read it was some of the worst in london, what is it rated now", QuestionKind.General)]
    [InlineData("how many things did ofsted say must improve", QuestionKind.HowMany)]
    // Round Z: "how many times" of the past, or alone, counts; with a period, or of what keeps happening, it is a frequency.
    [InlineData("how many times", QuestionKind.HowMany)]
    [InlineData("how many times did the inspectors come back", QuestionKind.HowMany)]
    [InlineData("how many times has it been rated good", QuestionKind.HowMany)]
    [InlineData("how many times a year is the bursary paid", QuestionKind.HowOften)]
    [InlineData("how many times per month will my pa ring", QuestionKind.HowOften)]
    [InlineData("how many times should my pa visit", QuestionKind.HowOften)]
    [InlineData("when did they say croydon needs to improve", QuestionKind.When)]
    // Round S: falling short said as not getting good, a problem, something still to fix or sort out, or needing work.
    [InlineData("which area of croydons services didnt get a good", QuestionKind.Shortfall)]
    [InlineData("which area didnt they do well in last time", QuestionKind.Shortfall)]
    [InlineData("wats the issue with the night team the inspectors found", QuestionKind.Shortfall)]
    [InlineData("what has croydon got to sort before the next inspection", QuestionKind.Shortfall)]
    [InlineData("which parts of the report still need work", QuestionKind.Shortfall)]
    // Round AC: the negation split from its verb by the subject, and what the inspectors wanted fixed.
    [InlineData("what area did the council not get a good in", QuestionKind.Shortfall)]
    [InlineData("which bit did they never do well in", QuestionKind.Shortfall)]
    [InlineData("what did the inspectors want sorted in 2019", QuestionKind.Shortfall)]
    // Look-alikes: what was done to fix things asks what was done; a problem of the asker's own names no judged subject;
    // both sides asked at once ask neither alone.
    [InlineData("what did the council do to fix things back then", QuestionKind.General)]
    [InlineData("what do i do if i have a problem with my pa", QuestionKind.General)]
    [InlineData("what did ofsted think croydon was good at and what needs work", QuestionKind.General)]
    public void AQuestionSaysWhatKindOfFactItWants(string question, QuestionKind kind)
    {
        Assert.Equal(kind, QuestionKinds.Of(question));
    }

    [Theory]
    [InlineData("Children who need help and protection: requires improvement to be good.", true)]
    [InlineData("Ofsted listed four things Croydon must do better.", true)]
    [InlineData("Matching children with long-term carers was too slow.", true)]
    [InlineData("Croydon's children's services were judged good in October 2024.", false)]
    [InlineData("Care leavers: good.", false)]
    public void ASentenceHoldsAShortfallWhenItSaysWhatWasFoundWanting(string sentence, bool holds)
    {
        Assert.Equal(holds, QuestionKinds.Holds(QuestionKind.Shortfall, sentence));
    }

    [Fact]
    public void EachQuestionKeepsItsOwnKindWhenMoreQuestionsAreAskedThanAThreadRemembers()
    {
        // Seven questions, more than the few a thread remembers, asked in turn, backwards and again: a remembered kind
        // must never be another question's (the slot each is kept in is reused).
        (string Question, QuestionKind Kind)[] asked =
        [
            ("wen did they last inspect", QuestionKind.When),
            ("how much is the thing for ur first flat", QuestionKind.HowMuch),
            ("how often does someone check on me", QuestionKind.HowOften),
            ("tell me about staying put", QuestionKind.General),
            ("who runs the virtual school", QuestionKind.Who),
            ("till what age can i get help", QuestionKind.Age),
            ("is the £2000 uni money guaranteed by law", QuestionKind.Legal),
        ];
        var order = asked.Concat(asked.Reverse()).Concat(asked).Concat(asked.Take(2)).Concat(asked.Take(2));

        Assert.All(order, a => Assert.Equal(a.Kind, QuestionKinds.Of(a.Question)));
        // The same words as another string object are the same question.
        Assert.Equal(QuestionKind.HowMuch, QuestionKinds.Of(new string("how much is the thing for ur first flat".AsSpan())));
    }

    [Theory]
    [InlineData(QuestionKind.When, "The report came out on 3 December 2024.", true)]
    [InlineData(QuestionKind.HowMuch, "Councils should pay at least £3,000.", true)]
    [InlineData(QuestionKind.HowMuch, "It helps you set up your first home.", false)]
    [InlineData(QuestionKind.HowOften, "A PA will visit at least once every two months.", true)]
    [InlineData(QuestionKind.HowOften, "It is paid as two payments in the first year.", true)]
    [InlineData(QuestionKind.HowOften, "This is the total for the whole course.", true)]
    [InlineData(QuestionKind.Age, "Help lasts to 21, or to 25 in education.", true)]
    [InlineData(QuestionKind.Share, "Now 80% of staff are permanent.", true)]
    [InlineData(QuestionKind.Share, "The top team is stable.", false)]
    [InlineData(QuestionKind.Legal, "This amount is advice to councils, not a legal right.", true)]
    [InlineData(QuestionKind.Legal, "This part of the Act 2026 had not started.", true)]
    [InlineData(QuestionKind.Legal, "Councils should pay at least £3,000.", false)]
    [InlineData(QuestionKind.Words, "The report described the team as 'caring and patient'.", true)]
    [InlineData(QuestionKind.Words, "Croydon's team is caring and patient.", false)]
    public void ATextHoldsTheKindOfFactOrNot(QuestionKind kind, string text, bool holds)
    {
        Assert.Equal(holds, QuestionKinds.Holds(kind, text));
    }

    [Theory]
    [InlineData("so when do i get my hands on it", true)]
    [InlineData("wen can u apply", true)]
    [InlineData("when did ofsted last visit", false)]
    public void AWhenAboutTheAskersOwnStepsIsToldApart(string question, bool asker) => Assert.Equal(asker, QuestionKinds.AsksAboutAsker(question));

    [Theory]
    [InlineData("You can open it from 16 and spend it from 18.", true)]
    [InlineData("The scheme ran from 12 March 2021.", false)]
    // Round H: a date after "until" or "up to" is no age ("ran until 31 March 2025" answered "when can i take it out").
    [InlineData("The pilot was funded until 30 June 2026.", false)]
    [InlineData("Claims were open up to 15 May.", false)]
    [InlineData("Your adviser stays until 25.", true)]
    // Round X: an age in years and months is an age.
    [InlineData("The school should apply when you are 14 years and 6 months old.", true)]
    [InlineData("The building is 40 years old.", true)]
    [InlineData("The scheme is 3 years old.", false)]
    public void AnAgeSaidWithFromIsAnAge(string sentence, bool holds) => Assert.Equal(holds, QuestionKinds.Holds(QuestionKind.Age, sentence));

    [Theory]
    [InlineData("how well did croydon do for kids in care last time")]
    [InlineData("what grade did they get for adoption")]
    // Round K: any service's judgement, and whether it is good asked yes or no.
    [InlineData("how did fostering services do last time")]
    [InlineData("and is croydon still bad")]
    [InlineData("so are they any good now")]
    public void AJudgementAskedInAConversationIsARatingQuestion(string question) => Assert.Equal(QuestionKind.Rating, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("how does the pa do it")]
    [InlineData("is it ok if i move in with my boyfriend")]
    [InlineData("is that good for my credit score")]
    public void ANonJudgementIsNoRatingQuestion(string question) => Assert.NotEqual(QuestionKind.Rating, QuestionKinds.InConversation(question));

    [Fact]
    public void AJudgementAskedAloneIsRankedAsBefore() => Assert.Equal(QuestionKind.General, QuestionKinds.Of("how well did croydon do for kids in care last time"));

    [Theory]
    [InlineData("- Within that, adoption: requires improvement (2019).", true)]
    [InlineData("Inspectors judged the service good in 2022.", true)]
    [InlineData("It was a good day for the young people.", false)]
    public void AJudgementSaidHoldsARating(string sentence, bool holds) => Assert.Equal(holds, QuestionKinds.Holds(QuestionKind.Rating, sentence));

    [Fact]
    public void ARatingFollowUpCarriesTheWordForIt() => Assert.Equal("grade", QuestionKinds.WordsFor(QuestionKind.Rating));

    // Round N: whom the asker should go to is its own kind, answered by someone one can reach, not by any name.
    [Theory]
    [InlineData("so who should i talk to about it")]
    [InlineData("who can sort that out for me")]
    [InlineData("wo do u contact")]
    [InlineData("ok but who could help")]
    public void WhomToGoToIsAskedApartFromWhoRunsIt(string question) => Assert.Equal(QuestionKind.WhoToAsk, QuestionKinds.Of(question));

    [Theory]
    [InlineData("Staying Put is only for foster care, not for children's homes.", false)]
    [InlineData("The Executive Mayor leads the council.", false)]
    [InlineData("Ask your personal adviser which group you are in.", true)]
    [InlineData("Your social worker can check this.", true)]
    [InlineData("Tell your work coach that you have moved.", true)]
    [InlineData("You can then go to the Local Government and Social Care Ombudsman.", true)]
    [InlineData("Ring 020 8726 6000 in office hours.", true)]
    public void SomeoneToAskIsARoleOrAWayToReachOne(string sentence, bool holds) =>
        Assert.Equal(holds, QuestionKinds.Holds(QuestionKind.WhoToAsk, sentence));

    // Round N: how a payment is made is asked as "how do they pay it": the answer is in instalments or in one go.
    [Theory]
    [InlineData("so how does the council pay it", QuestionKind.HowOften)]
    [InlineData("how is it paid?", QuestionKind.HowOften)]
    [InlineData("how do i pay council tax", QuestionKind.General)]
    [InlineData("how will they pay for my course if i move", QuestionKind.General)]
    public void HowAPaymentComesIsAFrequency(string question, QuestionKind kind) => Assert.Equal(kind, QuestionKinds.Of(question));

    [Theory]
    [InlineData("how long till the card arrives")]
    [InlineData("and how long does the appeal last")]
    [InlineData("how soon would i hear back")]
    [InlineData("how quickly does it come through")]
    public void ALengthOfTimeAskedInAConversationIsAHowLongQuestion(string question) => Assert.Equal(QuestionKind.HowLong, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("how long ago was the visit", QuestionKind.When)]
    [InlineData("is the queue long", QuestionKind.General)]
    [InlineData("how do i apply", QuestionKind.General)]
    public void ALookAlikeOfALengthOfTimeIsNoHowLongQuestion(string question, QuestionKind kind) => Assert.Equal(kind, QuestionKinds.InConversation(question));

    // Round AJ (conv-aj): a yes-or-no question ending on a frequency asks how often the thing just answered comes.
    [Theory]
    [InlineData("is that every year?")]
    [InlineData("do i get that each year")]
    [InlineData("is it a one off")]
    [InlineData("so is the swimming grant yearly or")]
    [InlineData("does it come every month tho")]
    public void AFrequencyAskedYesOrNoInAConversationIsAHowOftenQuestion(string question) =>
        Assert.Equal(QuestionKind.HowOften, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("is that every year?")]
    [InlineData("is it a one off")]
    public void AFrequencyAskedYesOrNoAloneIsRankedAsBefore(string question) => Assert.NotEqual(QuestionKind.HowOften, QuestionKinds.Of(question));

    [Theory]
    [InlineData("is there a group every year for kids in care", QuestionKind.General)]
    [InlineData("what happens every year", QuestionKind.General)]
    public void AYearSaidInPassingIsNoFrequencyAsked(string question, QuestionKind kind) => Assert.Equal(kind, QuestionKinds.InConversation(question));

    // Round AJ (conv-aj): "too" typed "2" or "to" after the asker still asks the age rule of the thing just answered.
    [Theory]
    [InlineData("am i 2 young at 15")]
    [InlineData("am i to young for it")]
    [InlineData("im 24 is that to old")]
    [InlineData("r u 2 old at 25")]
    public void TooTypedAsTwoOrToAsksAnAgeInAConversation(string question) => Assert.Equal(QuestionKind.Age, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("does it go to young people in care")]
    [InlineData("is there anything to old for")]
    public void ToBeforeYoungPeopleAsksNoAge(string question) => Assert.NotEqual(QuestionKind.Age, QuestionKinds.InConversation(question));

    [Fact]
    public void ALengthOfTimeAskedAloneIsRankedAsBefore() => Assert.Equal(QuestionKind.General, QuestionKinds.Of("how long does the appeal last"));

    [Theory]
    [InlineData("The letter usually comes within about 10 days.", true)]
    [InlineData("The pass lasts until your 21st birthday.", true)]
    [InlineData("Visitors came from 3 to 9 March 2021.", true)]
    [InlineData("Inspectors were there from 2 May to 6 May.", true)]
    [InlineData("The plan takes over from your care plan.", false)]
    [InlineData("Some children waited too long for a home.", false)]
    public void ALengthOfTimeSaidHoldsAHowLong(string sentence, bool holds) => Assert.Equal(holds, QuestionKinds.Holds(QuestionKind.HowLong, sentence));

    // Round X: what the thing just answered was before, asked in a conversation ("was it always that much" after an amount).
    [Theory]
    [InlineData("has the grant always been that big")]
    [InlineData("was the rate always this low")]
    [InlineData("wat was it b4")]
    [InlineData("ok and before then how much was it")]
    [InlineData("did the bursary use to be less")]
    [InlineData("how much was it originally")]
    public void WhatItWasBeforeIsAskedInAConversation(string question) => Assert.Equal(QuestionKind.Earlier, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("do you always get the full amount", QuestionKind.HowMuch)]
    [InlineData("n before that?", QuestionKind.General)]
    [InlineData("hang on before that, how much is the travel card", QuestionKind.HowMuch)]
    [InlineData("is it always paid in one go", QuestionKind.HowOften)]
    public void ALookAlikeOfWhatItWasBeforeIsNotAnEarlierQuestion(string question, QuestionKind kind) =>
        Assert.Equal(kind, QuestionKinds.InConversation(question));

    // Round Y: a comparison with before asks what it was before.
    [Theory]
    [InlineData("was the fare cheaper before")]
    [InlineData("is that any higher than before")]
    [InlineData("were they worse b4")]
    [InlineData("is it different than it was previously")]
    public void AComparisonWithBeforeAsksWhatItWasBefore(string question) => Assert.Equal(QuestionKind.Earlier, QuestionKinds.InConversation(question));

    [Theory]
    // A comparison with nothing earlier, or "before" as a deadline (an age here): not what it was before.
    [InlineData("is it more than the uni one", QuestionKind.General)]
    [InlineData("do i have to apply before i turn 18", QuestionKind.Age)]
    public void AComparisonWithSomethingElseIsNotAnEarlierQuestion(string question, QuestionKind kind) =>
        Assert.Equal(kind, QuestionKinds.InConversation(question));

    // Round Y: an age said of someone of the asker's, as the message's end, asks the age rule for them.
    [Theory]
    [InlineData("what about my little brother hes 9", 9)]
    [InlineData("n my niece, she is 15", 15)]
    [InlineData("is there stuff for my son whos 7 tho", 7)]
    public void AnAgeSaidOfSomeoneOfTheAskersIsAnAgeQuestion(string question, int age)
    {
        Assert.Equal(QuestionKind.Age, QuestionKinds.InConversation(question));
        Assert.Equal(age, QuestionKinds.AgeOfTheirs(question));
    }

    [Theory]
    // A story that goes on past the age, or a count that is no one's age.
    [InlineData("my brother is 12 and he got moved three times")]
    [InlineData("my pa has 30 people on her list")]
    [InlineData("my mate is 19 and homeless, what do i tell her")]
    public void AnAgeInsideAStoryIsNoAgeOfTheirs(string question) => Assert.Null(QuestionKinds.AgeOfTheirs(question));

    [Fact]
    public void WhatItWasBeforeAskedAloneIsRankedAsBefore() => Assert.Equal(QuestionKind.General, QuestionKinds.Of("has the grant always been that big"));

    [Theory]
    [InlineData("Before that, the fare was £1.50.", true)]
    [InlineData("The card previously covered trams only.", true)]
    [InlineData("Until 2019 the limit was 21.", true)]
    [InlineData("This has been the rule since 4 June 2020.", false)]
    [InlineData("The fare is £1.75 on every bus.", false)]
    public void ASentenceSayingWhatHeldBeforeHoldsTheEarlierKind(string sentence, bool holds) =>
        Assert.Equal(holds, QuestionKinds.Holds(QuestionKind.Earlier, sentence));

    // Round X: the asker's age said as a condition asks the age rule of the thing just answered.
    [Theory]
    [InlineData("does that still work if im 20")]
    [InlineData("what if i was 17 tho")]
    [InlineData("ill be 21 by september, can i still go")]
    public void TheAskersAgeSaidInAConversationAsksTheAgeRule(string question) => Assert.Equal(QuestionKind.Age, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("im 20k in debt can they help")]
    [InlineData("im 12 weeks pregnant does it change anything")]
    [InlineData("my brother is 20 can he come")]
    public void ALookAlikeOfTheAskersAgeIsNoAgeQuestion(string question) => Assert.NotEqual(QuestionKind.Age, QuestionKinds.InConversation(question));

    [Fact]
    public void TheAskersAgeSaidAloneIsRankedAsBefore() => Assert.Equal(QuestionKind.General, QuestionKinds.Of("does that still work if im 20"));

    [Theory]
    [InlineData("back in 2019 what did the inspectors give the youth team", true)]
    [InlineData("what did ofsted give them last time", true)]
    [InlineData("what did the council give me when i moved", false)]
    public void WhatAnInspectorGaveAsksTheGrade(string question, bool asks) =>
        Assert.Equal(asks, QuestionKinds.AsksARating(question));

    [Theory]
    [InlineData("what hours are they open")]
    [InlineData("wat times r they open")]
    [InlineData("when do they close")]
    [InlineData("whats the opening times")]
    [InlineData("are they open at weekends")]
    [InlineData("can i ring them at night")]
    public void AServicesHoursAskedInAConversationIsAnHoursQuestion(string question) => Assert.Equal(QuestionKind.Hours, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("what time is the meeting", QuestionKind.General)]
    [InlineData("how many hours do i have to work", QuestionKind.HowMany)]
    [InlineData("when did it open", QuestionKind.When)]
    public void ALookAlikeOfAServicesHoursIsNoHoursQuestion(string question, QuestionKind kind) => Assert.Equal(kind, QuestionKinds.InConversation(question));

    [Fact]
    public void HoursAreAskedOnlyInAConversation() => Assert.NotEqual(QuestionKind.Hours, QuestionKinds.Of("what hours are they open"));

    [Theory]
    [InlineData("Coram Voice: 0808 800 5792, Monday to Friday, 9.30am to 6pm.")]
    [InlineData("Emergency team: weekdays 5pm to 9am, and all day at weekends.")]
    [InlineData("Free and open 24 hours a day.")]
    public void ASentenceGivingHoursHoldsThem(string sentence) => Assert.True(QuestionKinds.Holds(QuestionKind.Hours, sentence));

    [Fact]
    public void ASentenceWithoutTimesHoldsNoHours() => Assert.False(QuestionKinds.Holds(QuestionKind.Hours, "Ring 0800 023 2033 for advice."));

    // Round AK (sent-ak): the hours asked in a short question of the thing just answered.
    [Theory]
    [InlineData("what hours is that")]
    [InlineData("wat times r they")]
    [InlineData("and which hours")]
    [InlineData("what times can i ring them")]
    public void HoursAskedShortlyOfTheThingJustAnsweredAreAnHoursQuestion(string question) => Assert.Equal(QuestionKind.Hours, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("what time is the meeting")]
    [InlineData("how many hours do ambassadors do")]
    public void ATimeOfSomethingElseOrACountOfHoursIsNoHoursQuestion(string question) => Assert.NotEqual(QuestionKind.Hours, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("does it work in scotland i might move")]
    [InlineData("does that apply in wales too")]
    [InlineData("is it the same in other boroughs")]
    [InlineData("is it just for croydon")]
    [InlineData("do all councils pay that")]
    public void WhereItAppliesAskedInAConversationIsACoverageQuestion(string question) => Assert.Equal(QuestionKind.Coverage, QuestionKinds.InConversation(question));

    // Round AK (sent-ak): a place the asker would be in, named as their condition, asks where the rule holds.
    [Theory]
    [InlineData("can i still use it if i move to scotland")]
    [InlineData("does it work if i live in wales")]
    [InlineData("what if i moved to another borough")]
    [InlineData("and if i move out of london")]
    [InlineData("what about if im living abroad")]
    public void APlaceTheAskerWouldBeInIsACoverageQuestion(string question) => Assert.Equal(QuestionKind.Coverage, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("can i live in my flat with my gf")]
    [InlineData("what if i move out of my foster home")]
    [InlineData("can i go to another college")]
    public void MovingOrLivingWithoutAPlaceARuleStopsAtIsNoCoverageQuestion(string question) => Assert.NotEqual(QuestionKind.Coverage, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("does it work")]
    [InlineData("can i use it in the shop")]
    [InlineData("is it good in croydon now")]
    public void ALookAlikeOfWhereItAppliesIsNoCoverageQuestion(string question) => Assert.NotEqual(QuestionKind.Coverage, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("It is for care leavers aged 16 to 25 in England.")]
    [InlineData("Not all councils pay this.")]
    [InlineData("This is true whether you now live in Croydon or somewhere else.")]
    [InlineData("After a review, it only covers Croydon's own care leavers.")]
    public void ASentenceSayingWhereARuleHoldsHoldsCoverage(string sentence) => Assert.True(QuestionKinds.Holds(QuestionKind.Coverage, sentence));

    // Round AH (conv-ah): a sentence saying councils differ answers "is that the same in every council".
    [Theory]
    [InlineData("This is what the government recommends, so councils can pay different amounts.")]
    [InlineData("Some councils pay more.")]
    [InlineData("In 2024 a study found about 1 in 10 councils paid less.")]
    public void ASentenceSayingCouncilsDifferHoldsCoverage(string sentence) => Assert.True(QuestionKinds.Holds(QuestionKind.Coverage, sentence));

    [Theory]
    [InlineData("Councils should help care leavers get ID.")]
    [InlineData("The council must pay the bursary in line with your pathway plan.")]
    public void ASentenceNamingCouncilsWithoutWhereItHoldsIsNoCoverage(string sentence) => Assert.False(QuestionKinds.Holds(QuestionKind.Coverage, sentence));

    // Round AH (conv-ah): that they were in care too is the entitlement's own condition, not a story going on past the age.
    [Theory]
    [InlineData("what about my brother hes 22 and was in care too", 22)]
    [InlineData("n my sister shes 19 and was in care as well", 19)]
    [InlineData("and my cousin whos 21 and has been in care", 21)]
    public void AnAgeOfTheirsSaidWithBeingInCareIsStillAnAgeQuestion(string question, int age)
    {
        Assert.Equal(QuestionKind.Age, QuestionKinds.InConversation(question));
        Assert.Equal(age, QuestionKinds.AgeOfTheirs(question));
    }

    [Theory]
    [InlineData("my brother is 22 and was in care in lambeth, he got nothing")]
    [InlineData("my sister is 19 and was in care, what do i tell her")]
    public void AnAgeOfTheirsInsideALongerStoryIsStillNoAgeOfTheirs(string question) => Assert.Null(QuestionKinds.AgeOfTheirs(question));

    // Round AI (conv-ai): a phone number asked of the service just answered.
    [Theory]
    [InlineData("whats their number")]
    [InlineData("have u got a phone number for them")]
    [InlineData("what number do i ring")]
    [InlineData("how do i ring them")]
    [InlineData("wats the number")]
    public void ANumberAskedInAConversationIsAPhoneQuestion(string question) => Assert.Equal(QuestionKind.Phone, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("what number of care leavers get a pa")]
    [InlineData("how do i get a national insurance number")]
    [InlineData("whats an ni number")]
    public void ACountOrAnIdNumberIsNoPhoneQuestion(string question) => Assert.NotEqual(QuestionKind.Phone, QuestionKinds.InConversation(question));

    [Theory]
    [InlineData("You can phone 020 8726 6000 ext. 44010.")]
    [InlineData("Ring the Care Advice Line on 0800 023 2033.")]
    [InlineData("Childline is on 0800 1111.")]
    public void ASentenceGivingANumberHoldsAPhone(string sentence) => Assert.True(QuestionKinds.Holds(QuestionKind.Phone, sentence));

    [Theory]
    [InlineData("In 2024 about 1 in 10 councils paid less.")]
    [InlineData("The report came out on 3 December 2024.")]
    public void ASentenceWithoutANumberToRingHoldsNoPhone(string sentence) => Assert.False(QuestionKinds.Holds(QuestionKind.Phone, sentence));

    // Round AI (conv-ai): how long something lasts is answered by the age it ends at.
    [Theory]
    [InlineData("Staying Put lets a young person keep living with their foster carer until age 21.")]
    [InlineData("Care leavers in England can have a personal adviser from 21 up to 25.")]
    [InlineData("You can stay until you are 21.")]
    public void ASentenceSayingTheAgeSomethingEndsAtHoldsALength(string sentence) => Assert.True(QuestionKinds.Holds(QuestionKind.HowLong, sentence));

    [Fact]
    public void ADateSomethingRanUntilIsNoLengthByAge() =>
        Assert.False(QuestionKinds.Holds(QuestionKind.HowLong, "The government's deal ran until 31 March 2025."));

    // Round AI (conv-ai): whether the asker's age is inside the rule.
    [Theory]
    [InlineData("am i too young at 15")]
    [InlineData("am i old enough")]
    [InlineData("is 24 too old for it")]
    public void WhetherTheAskerIsTooYoungOrOldIsAnAgeQuestionInAConversation(string question)
    {
        Assert.Equal(QuestionKind.Age, QuestionKinds.InConversation(question));
        Assert.True(QuestionKinds.AsksAnAgeInWords(question));
    }

    [Fact]
    public void AnAgeOnlyToldIsNotAskedInWords() => Assert.False(QuestionKinds.AsksAnAgeInWords("im 20 now and never heard about mine how do i find it"));

    // Round AT (perf-at): the digits this pattern hands to int.Parse are ASCII ones. PlainDigitsStep folds other scripts' digits
    // at the message's entry; read without it, such digits are no number here rather than a failed turn.
    [Fact]
    public void AnAgeOfTheirsInAnotherScriptsDigitsIsNoAge()
    {
        Assert.Equal(13, QuestionKinds.AgeOfTheirs("anything for my sister shes 13"));
        Assert.Null(QuestionKinds.AgeOfTheirs("anything for my sister shes \u0661\u0663"));
    }
}
