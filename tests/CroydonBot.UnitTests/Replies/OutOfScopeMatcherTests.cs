using CroydonBot.Replies;
using CroydonBot.UnitTests.Pipeline;

namespace CroydonBot.UnitTests.Replies;

public sealed class OutOfScopeMatcherTests
{
    private static OutOfScopeMatcher Matcher => RealContent.OutOfScope;

    [Theory]
    [InlineData("can u check if my setting up home money has been paid into my account yet", "personal-records")]
    [InlineData("has my bursary been approved", "personal-records")]
    [InlineData("why didnt my pa get back to me last week", "own-case")]
    [InlineData("has my housing referral gone through", "own-case")]
    [InlineData("is my social worker leaving, she seems stressed", "own-case")]
    [InlineData("did my sw ever fill in the form for my passport", "own-case")]
    [InlineData("has my new pa been chosen yet", "own-case")]
    [InlineData("whats my social workers name", "own-case")]
    [InlineData("what was my pa called again", "own-case")]
    [InlineData("who is my iro", "own-case")]
    [InlineData("have u got my sws number", "own-case")]
    [InlineData("is the care home im in rated good by ofsted", "care-homes")]
    [InlineData("did ofsted inspect my childrens home, its in thornton heath", "care-homes")]
    [InlineData("whats the grade on the last report for the kids home where i live", "care-homes")]
    [InlineData("what did ofsted say about my fostering agency", "care-homes")]
    [InlineData("whats the address of my old foster carer", "other-people")]
    [InlineData("is lambeth rated good", "other-councils")]
    [InlineData("what does camden council give care leavers at university", "other-councils")]
    [InlineData("can you book a meeting with my pa", "bookings")]
    [InlineData("write me a cv pls", "everyday-tasks")]
    [InlineData("whats the weather like tomorrow", "everyday-tasks")]
    [InlineData("how do i claim pip", "other-applications")]
    [InlineData("when can i book my driving test", "other-applications")]
    [InlineData("how much is band c council tax", "other-applications")]
    [InlineData("can i get indefinite leave to remain as a care leaver", "immigration-applications")]
    [InlineData("whats the directors personal email", "other-people")]
    [InlineData("what amount of universal credit does a 20 year old get", "benefit-amounts")]
    [InlineData("uc for someone living alone how much is it", "benefit-amounts")]
    [InlineData("whats the deadline for student finance", "student-finance")]
    [InlineData("could i take my old foster agency to court", "legal-action")]
    [InlineData("my boss didnt pay me is that even legal", "legal-action")]
    [InlineData("how do i make a complaint about my doctors surgery", "other-complaints")]
    [InlineData("can i challenge the home office about my refused claim", "immigration-applications")]
    [InlineData("how do i get my mp to listen", "elections")]
    [InlineData("which party is in charge of the council", "elections")]
    [InlineData("what politics does the council leader have", "elections")]
    [InlineData("is bromley's fostering service better than croydon's", "council-comparisons")]
    [InlineData("croydon vs lewisham, which has better support for care leavers", "council-comparisons")]
    [InlineData("is croydon better than lambeth", "council-comparisons")]
    [InlineData("do students on a full time course get uc", "other-applications")]
    [InlineData("is national insurance taken off fostering payments", "other-applications")]
    [InlineData("whats the age rating on that new horror one, can i see it at 14", "everyday-tasks")]
    [InlineData("which sim only deal is cheapest", "everyday-tasks")]
    [InlineData("could you bring up my social care file for me", "personal-records")]
    [InlineData("pull up the notes in my care records from 2015", "personal-records")]
    [InlineData("what borough gives care leavers the best deal", "other-councils")]
    [InlineData("is it worth moving councils for better support", "other-councils")]
    [InlineData("should i take the flat in thornton heath or wait, what would you do", "personal-decisions")]
    [InlineData("if u were me would u leave college", "personal-decisions")]
    [InlineData("will i be offered a tenancy by christmas", "personal-decisions")]
    [InlineData("they offered me a room in a shared house, should i accept it or hold out", "personal-decisions")]
    [InlineData("when will my social worker next come over to see me", "personal-schedule")]
    [InlineData("whens my next home visit", "personal-schedule")]
    [InlineData("my landlady says i have to move out next week, is she legally allowed to", "others-legal-rights")]
    [InlineData("my employer cut my hours without telling me, is that allowed", "others-legal-rights")]
    // Round K (dialog-k): the bot asked to look into someone's file, whoever's it is, and when their own money will come.
    [InlineData("could u look at my sons case notes and see whats been decided", "checking-a-file")]
    [InlineData("can you check his file to see if the panel said yes", "checking-a-file")]
    [InlineData("any idea when my housing benefit payment will be coming", "personal-records")]
    public void RequestsTheBotCannotHelpWithAreRecognised(string text, string topic)
    {
        Assert.Equal(topic, Matcher.Match(text)?.Name);
    }

    /// <summary>
    /// Round Y (route-y): a number needed for the person's own job, claim or course is not someone else's personal details; a worker's
    /// number still is.
    /// </summary>
    [Theory]
    [InlineData("need a national insurance number for my new job, how do i get one", false)]
    [InlineData("what reference number do i put for my application", false)]
    [InlineData("whats the number for my PA", true)]
    [InlineData("can i have the email for my old foster carer", true)]
    public void ANumberForThePersonsOwnThingIsNotSomeoneElsesDetails(string text, bool otherPeople) =>
        Assert.Equal(otherPeople, Matcher.Match(text)?.Name == "other-people");

    /// <summary>
    /// Round AC (ans-ac): a rule asked of the whole country, another place only where someone in the story lives, is the guides'
    /// to answer; another council asked about is still declined.
    /// </summary>
    [Theory]
    [InlineData("my mate in leeds says every council gives care leavers free bus travel, is that right", false)]
    [InlineData("my aunt in kent thinks care leavers get a pa till 25 all over england, true?", false)]
    [InlineData("is it the same in all councils or is that just a birmingham thing", false)]
    [InlineData("what do care leavers get in leeds", true)]
    [InlineData("is the leaving care team in manchester any good", true)]
    // Round AG (ent-ag): whether other councils give the same as the rule just told is the national rule's to answer.
    [InlineData("do other councils give the same", false)]
    [InlineData("is it different in other boroughs", false)]
    [InlineData("do other councils pay less than that", false)]
    [InlineData("what do other councils give care leavers", true)]
    [InlineData("are other boroughs better for care leavers", true)]
    public void ARuleAskedOfTheWholeCountryIsNotAnotherCouncil(string text, bool declined) =>
        Assert.Equal(declined, Matcher.Match(text)?.Name == "other-councils");

    /// <summary>Round AC (ans-ac): student finance set beside what the council itself gives is the council's money, which the guides hold.</summary>
    [Theory]
    [InlineData("does croydon pay anything towards uni or do i only get student finance", false)]
    [InlineData("at uni will my pa help with money or is it all student loans", false)]
    [InlineData("how do i apply for a maintenance loan", true)]
    [InlineData("when does student finance pay out in january", true)]
    public void StudentFinanceBesideTheCouncilsOwnMoneyIsNotDeclined(string text, bool declined) =>
        Assert.Equal(declined, Matcher.Match(text)?.Name == "student-finance");

    /// <summary>
    /// Round AD (ans-ad): a question the guides answer is not declined for a place, a college or a friend beside it; another
    /// council asked whether it has what Croydon has is.
    /// </summary>
    [Theory]
    [InlineData("all care leavers in the uk get free prescriptions my cousin in leeds says, is that true", null)]
    [InlineData("my friend in lambeth says no care leaver in england pays for a passport", null)]
    [InlineData("what does lambeth give care leavers", "other-councils")]
    [InlineData("has bromley got a children in care council like croydon has", "council-comparisons")]
    [InlineData("is sutton as good as croydon for care leavers", "council-comparisons")]
    // Round AS (answer-as): another council asked whether it has something too, with Croydon as the other choice.
    [InlineData("has lambeth got a care leavers forum as well or is it only croydon", "council-comparisons")]
    [InlineData("is that only croydon or does bromley do it too", "council-comparisons")]
    [InlineData("is it only croydon that gives care leavers council tax off", null)]
    [InlineData("ofsted talked about a school thing for children in care, what is it", null)]
    [InlineData("what is my college rated by ofsted", "schools")]
    [InlineData("which college for care leavers is rated best by ofsted", "schools")]
    [InlineData("why did my brother get a bigger setting up home grant than me", null)]
    [InlineData("why did my sw change my placement", "own-case")]
    [InlineData("who is my pa supposed to be after 21", null)]
    [InlineData("what is my pa meant to do for me", null)]
    // Care leavers' own money set beside student finance is the bursary's question; student finance alone, or one's own place
    // on a list, is not the guides' (round AE).
    [InlineData("does anyone give extra money for care leavers at uni, student finance barely covers rent", null)]
    [InlineData("do care leavers get any funding for university or is it all student finance", null)]
    [InlineData("do care leavers get a bigger student loan", "student-finance")]
    [InlineData("how far up the housing list am i now", "personal-records")]
    // Round AS (answer-as): whether care leavers get their health records is the guides' (health history at 18).
    [InlineData("do i get my health records when i leave care", null)]
    [InlineData("can i get a copy of my care records", "personal-records")]
    [InlineData("where am i on the council housing register", "personal-records")]
    public void AQuestionTheGuidesAnswerIsNotDeclinedForWhatStandsBesideIt(string text, string? topic) =>
        Assert.Equal(topic, Matcher.Match(text)?.Name);

    [Theory]
    [InlineData("what is the setting up home allowance")]
    [InlineData("can i get my tv licence paid")]
    [InlineData("tell me when i can get a personal adviser")]
    [InlineData("what did ofsted say the council should do better at")]
    [InlineData("is the council just marking its own homework on this")]
    [InlineData("im doing a school project on croydon, how was it rated in 2024")]
    [InlineData("croydon is in special measures right? i might complain to my mp about it")]
    [InlineData("what else did the council say it would do better on")]
    [InlineData("how do i complain about my social worker")]
    [InlineData("what did ofsted say about croydon in 2024")]
    [InlineData("does the apprenticeship bursary affect my universal credit")]
    [InlineData("does my immigration status change my leaving care support")]
    [InlineData("do care leavers pay council tax in croydon")]
    // A university's town is where someone studies, not another council asked about.
    [InlineData("got a place on a law course at greenwich, is there money for care leavers at uni")]
    [InlineData("im off to brighton or sutton uni in september, what help is there")]
    [InlineData("can the council help me get a passport")]
    [InlineData("will the uni bursary change how much student finance i get")]
    [InlineData("does the one bedroom rate on universal credit apply to care leavers")]
    [InlineData("how do i complain about my leaving care worker")]
    [InlineData("is staying close a legal right")]
    [InlineData("which other council was sent in to help after the bad inspection")]
    [InlineData("what other local authority partnered with them to improve")]
    [InlineData("what would happen to my pa if i moved out of croydon")]
    [InlineData("will i get the setting up home allowance if i move before 21")]
    [InlineData("should i ask my pa or the leaving care team about the bursary")]
    [InlineData("not a complaint but my college wants to know what help care leavers get")]
    [InlineData("how often is my personal adviser meant to visit me")]
    [InlineData("my landlord is evicting me, do care leavers count as priority need")]
    // Croydon's homes in general are what the 2024 report spoke about; only one home of the asker's is another subject.
    [InlineData("did ofsted find kids living in unregistered childrens homes")]
    [InlineData("what did the inspectors say about the childrens homes croydon uses")]
    // A rule asked of the asker's own case is the guides' to answer (round AB, own-case).
    [InlineData("is my pa supposed to have seen me by now, its been ages and nothing yet")]
    [InlineData("has my sw got to tell me before they change my placement")]
    [InlineData("is my pa going to help me with the bursary form")]
    public void OrdinaryQuestionsAreNotOutOfScope(string text)
    {
        Assert.Null(Matcher.Match(text));
    }
}
