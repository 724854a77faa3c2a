using System.Text.Json;
using CroydonBot.Configuration;
using CroydonBot.Replies;
using CroydonBot.Safety;
using Xunit.Abstractions;

namespace CroydonBot.UnitTests.Safety;

public sealed class SafeguardingDetectorTests(ITestOutputHelper output)
{
    private static readonly SafeguardingDetector Detector = SafeguardingFixture.Detector;

    [Fact]
    public void EveryCrisisPhrasingIsDetected()
    {
        var phrasings = SafeguardingFixture.Phrasings("crisis-phrasings.txt");
        var missed = phrasings.Where(p => Detector.Detect(p) is null).ToList();
        output.WriteLine($"crisis phrasings: {phrasings.Count}, detected: {phrasings.Count - missed.Count}, recall {100.0 * (phrasings.Count - missed.Count) / phrasings.Count:F1}%");
        Assert.True(phrasings.Count >= 90, "The crisis set should hold at least 90 phrasings.");
        Assert.True(missed.Count == 0, "Missed crises:\n" + string.Join('\n', missed.Select(m => $"{m}  =>  {Detector.Normalise(m)}")));
    }

    [Fact]
    public void AtMostTwoPercentOfAlarmingQuestionsAreTreatedAsCrises()
    {
        var phrasings = SafeguardingFixture.Phrasings("not-crisis-phrasings.txt");
        var flagged = phrasings.Select(p => (Text: p, Match: Detector.Detect(p))).Where(x => x.Match is not null).ToList();
        var rate = (double)flagged.Count / phrasings.Count;
        output.WriteLine($"not-crisis phrasings: {phrasings.Count}, false positives: {flagged.Count} ({100 * rate:F1}%)");
        foreach (var (text, match) in flagged)
        {
            output.WriteLine($"  {text}  =>  {match!.Category}: \"{match.MatchedText}\"");
        }
        Assert.True(phrasings.Count >= 90, "The not-crisis set should hold at least 90 phrasings.");
        Assert.True(rate <= 0.02, $"{flagged.Count} false positives ({100 * rate:F1}%):\n" + string.Join('\n', flagged.Select(f => $"{f.Text} => {f.Match!.Category}: {f.Match.MatchedText}")));
    }

    [Fact]
    public void TheDevSetSafeguardingCasesAreAllRight()
    {
        var path = RepositoryPaths.Combine("eval", "dev-questions.jsonl");
        var cases = File.ReadAllLines(path)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(c => c.GetProperty("category").GetString() == "safeguarding")
            .ToList();
        var reply = new ReplyFactory(new Wording(), Microsoft.Extensions.Options.Options.Create(new ContactOptions()))
            .Fill(SafeguardingFixture.Data.Reply.Text).ToLowerInvariant();
        Assert.NotEmpty(cases);
        foreach (var devCase in cases)
        {
            var question = devCase.GetProperty("question").GetString()!;
            var crisis = devCase.GetProperty("expect").GetString() == "safeguarding";
            Assert.True(crisis == Detector.Detect(question) is not null, $"{devCase.GetProperty("id")}: \"{question}\" should {(crisis ? "" : "not ")}be a crisis.");
            if (crisis)
            {
                foreach (var any in devCase.GetProperty("must_include_any").EnumerateArray())
                {
                    Assert.Contains(any.EnumerateArray(), s => reply.Contains(s.GetString()!, StringComparison.Ordinal));
                }
            }
        }
    }

    [Fact]
    public void NoEvalQuestionOutsideTheSafeguardingCasesIsTreatedAsACrisis()
    {
        var files = new[] { RepositoryPaths.Combine("eval", "dev-questions.jsonl"), RepositoryPaths.Combine("eval", "unseen-probe.jsonl") };
        var flagged = files.Where(File.Exists).SelectMany(File.ReadAllLines)
            .Where(l => l.Trim().Length > 0)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Where(c => c.GetProperty("expect").GetString() != "safeguarding")
            .Select(c => c.GetProperty("question").GetString()!)
            .Where(q => Detector.Detect(q) is not null)
            .ToList();
        Assert.True(flagged.Count == 0, "Treated as crises: " + string.Join(" | ", flagged));
    }

    [Theory]
    [InlineData("i'm not suicidal, just asking what counselling there is")]
    [InlineData("im not being abused or anything, just asking how to change placement")]
    [InlineData("I am NOT in danger, I just want to know about the bursary")]
    [InlineData("i've never self harmed, i just want to know about counselling")]
    [InlineData("nobody is hurting me, i just want to move placement")]
    public void ANegatedMentionIsNotACrisis(string text) => Assert.Null(Detector.Detect(text));

    [Theory]
    [InlineData("im not suicidal but i feel like everyone would be better off without me")]
    [InlineData("i'm not suicidal but i feel really low and alone")]
    [InlineData("im not being hurt exactly but he scares me and i'm not safe")]
    [InlineData("i dont want to die but i dont know how to carry on")]
    [InlineData("i'm not sure if i'm being groomed")]
    public void ANegationThatIsOnlyAHedgeStillSignposts(string text) => Assert.NotNull(Detector.Detect(text));

    [Theory]
    [InlineData("what did ofsted say about children at risk of harm")]
    [InlineData("what did ofsted say about delays in child protection")]
    [InlineData("What does the 2024 report say about children going missing?")]
    [InlineData("how many care leavers are homeless in croydon")]
    public void AQuestionAboutTheTopicIsNotACrisis(string text) => Assert.Null(Detector.Detect(text));

    [Theory]
    [InlineData("I WANT TO DIEEEEE", "want to die")]
    [InlineData("i wanna kms", "kill myself")]
    [InlineData("Don't   wanna be here anymore!!!", "dont want to be here anymore")]
    [InlineData("i took sum tabs 2nite", "tonight")]
    [InlineData("im so sucidal", "suicidal")]
    [InlineData("feelin suicidle", "feeling suicidal")]
    [InlineData("i overdozed", "overdosed")]
    public void TextIsNormalisedBeforeMatching(string text, string expected)
    {
        var forms = new SafeguardingText(SafeguardingFixture.Data).Forms(text);
        Assert.Contains(forms, f => f.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDataFileCoversEveryKindOfRiskInTheBrief()
    {
        var names = SafeguardingFixture.Data.Categories.Select(c => c.Name).ToList();
        Assert.Equal(["suicide-self-harm", "abuse-being-hurt", "unsafe-tonight", "nowhere-to-stay", "exploitation", "missing", "sleeping-rough-homeless", "extremism", "forced-marriage", "hunger", "medical-emergency"], names);
        Assert.All(SafeguardingFixture.Data.Categories, c => Assert.NotEmpty(c.Signals));
    }

    [Fact]
    public void AHundredKilobyteMessageIsCheckedWithoutFailing()
    {
        var huge = string.Concat(Enumerable.Repeat("aaaa bbbb (( AND \"* <script>alert(1)</script> ", 2200));
        Assert.True(huge.Length > 100_000);
        Assert.Null(Detector.Detect(huge));
        var crisis = Detector.Detect(huge + " i want to kill myself");
        Assert.NotNull(crisis);
    }

    [Fact]
    public void AHundredKilobytesWithoutASpaceIsCheckedWithoutFailing()
    {
        var word = string.Concat(Enumerable.Range(0, 100_000).Select(i => (char)('a' + i * 7 % 26)));
        Assert.Null(Detector.Detect(word));
        Assert.NotNull(Detector.Detect(word + " i want to kill myself"));
        Assert.NotNull(Detector.Detect("i want to kill myself " + word));
    }

    [Theory]
    [InlineData("\uD800 i want to kill myself")]
    [InlineData("i want to kill myself \uDFFF")]
    public void HalfASurrogatePairDoesNotStopTheCheck(string text) => Assert.NotNull(Detector.Detect(text));

    [Fact]
    public void AnUnknownVocabularyNameStopsStartUpWithTheFileNamed()
    {
        var data = new SafeguardingData { Categories = [new SafeguardingData.Category { Name = "x", Signals = ["{nosuch} help"] }] };
        var error = Assert.Throws<InvalidDataException>(() => new SafeguardingDetector(data));
        Assert.Contains("safeguarding.yaml", error.Message);
    }
}
