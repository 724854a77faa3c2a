using CroydonBot.Safety;

namespace CroydonBot.UnitTests.Safety;

/// <summary>
/// Round Z (safe-z) pattern classes: one's own death given a day and said to be the plan or meant; many people made to
/// sleep in one room as a sign of forced labour beside another; a home lost today with no one answering; a head held
/// under water by someone. Phrasings
/// written for these tests, none from a batch; each class with look-alikes the patterns must not read as a crisis.
/// </summary>
public sealed class RoundZCrisisClassTests
{
    private static readonly SafeguardingDetector Detector = SafeguardingFixture.Detector;

    [Theory]
    [InlineData("dead by sunday, thats the plan. im not joking", "suicide-self-harm")]
    [InlineData("ill be dead by the weekend not joking, ive got it all sorted", "suicide-self-harm")]
    [InlineData("the plan is to be dead by tomorrow, i just wanted someone to know", "suicide-self-harm")]
    [InlineData("we work at a car wash, 10 of us sleep in one room and the boss took our passports", "exploitation")]
    [InlineData("eight of us share a bedroom above the restaurant and they take all our wages", "exploitation")]
    [InlineData("im 16, my placement broke down this afternoon and nobody at the council is picking up. where do i go", "nowhere-to-stay")]
    [InlineData("my flat is nice and my course is ok. last week my boyfriend held my head under the bath water because i went out without him. can i get my council tax paid as a care leaver", "abuse-being-hurt")]
    [InlineData("she pushed my face into the sink till i couldnt breathe, is there a hostel for 17 year olds", "abuse-being-hurt")]
    public void TheClassIsACrisisSignal(string message, string category)
    {
        var match = Detector.Detect(message);
        Assert.True(match is { Signal: true }, $"no signal in: {message}");
        Assert.Equal(category, match!.Category);
    }

    // A thing, not the writer, dead by a day; a moan said emphatically; a crowded room with no second sign; a work or
    // course placement, an account or a lesson with no one answering; a head under water to learn to swim or to wake up.
    [Theory]
    [InlineData("ill be dead by friday with all this coursework, not joking")]
    [InlineData("my phone will be dead by tonight, not joking the battery is awful")]
    [InlineData("this plant will be dead by next week thats the plan apparently lol")]
    [InlineData("there were 30 in one room for the exam, is that normal")]
    [InlineData("6 of us share a room at the hostel on the school trip, is that allowed")]
    [InlineData("my boss keeps my id for the right to work check, and we share a room at the staff house, is that normal")]
    [InlineData("my work placement ended today and nobody is replying to my emails about the reference")]
    [InlineData("my uni placement finished today, the office isnt answering, how do i get my hours signed off")]
    [InlineData("locked out of my account today and no one is answering the helpline")]
    [InlineData("got kicked out of the lesson today and no one is answering my emails about it, can i complain")]
    [InlineData("my swimming teacher held my head under the water to teach me to breathe out, is that normal")]
    [InlineData("i held my head under the cold tap to wake up before my exam, any tips for staying awake")]
    [InlineData("my little brother pushed my face into the birthday cake lol, can you get cake out of hair")]
    public void LookAlikesAreNoSignal(string message) =>
        Assert.True(Detector.Detect(message) is not { Signal: true }, $"signal in: {message}");
}
