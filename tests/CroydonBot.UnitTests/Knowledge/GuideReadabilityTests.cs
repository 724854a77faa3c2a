using System.Text.RegularExpressions;

namespace CroydonBot.UnitTests.Knowledge;

/// <summary>
/// The guides are for young people with a reading age of about 12: every guide's Flesch-Kincaid grade
/// (US school grade; grade 7 is about age 12-13) must stay at or below the ceiling.
/// </summary>
public sealed partial class GuideReadabilityTests
{
    private const double GradeCeiling = 7.0;

    public static TheoryData<string> Guides() => [.. Directory.EnumerateFiles(SeedPaths.Folder, "guide-*.md").Select(Path.GetFileName).OfType<string>()];

    [Theory]
    [MemberData(nameof(Guides))]
    public void EveryGuideReadsAtAboutAge12(string guide)
    {
        var prose = string.Join('\n', File.ReadAllLines(Path.Combine(SeedPaths.Folder, guide))
            .Where(l => !l.StartsWith('#') && !l.StartsWith("Questions:", StringComparison.Ordinal) && !l.StartsWith("Dated:", StringComparison.Ordinal)
            // The sources a section names are references for editors and the source line, not prose to read.
            && !l.StartsWith("Sources:", StringComparison.Ordinal)));

        var grade = FleschKincaidGrade(prose);

        Assert.True(grade <= GradeCeiling, $"{guide} reads at grade {grade:0.0}, above {GradeCeiling}");
    }

    [Fact]
    public void TheMeasureRanksHardTextAboveEasyText()
    {
        Assert.True(FleschKincaidGrade("The cat sat on the mat. It was warm.") < 2);
        Assert.True(FleschKincaidGrade("Notwithstanding considerable organisational complexity, the administration demonstrated exceptional institutional responsiveness.") > 12);
    }

    /// <summary>0.39 (words/sentences) + 11.8 (syllables/words) - 15.59.</summary>
    public static double FleschKincaidGrade(string text)
    {
        var sentences = Math.Max(1, SentenceEnd().Matches(text).Count);
        var words = Word().Matches(text).Select(m => m.Value).ToList();
        var syllables = words.Sum(Syllables);
        return 0.39 * words.Count / sentences + 11.8 * syllables / Math.Max(1, words.Count) - 15.59;
    }

    /// <summary>Vowel groups, less a silent final e: the usual estimate, good enough to compare texts.</summary>
    private static int Syllables(string word)
    {
        var w = word.ToLowerInvariant();
        var count = VowelGroup().Matches(w).Count;
        if (w.EndsWith('e') && !w.EndsWith("le", StringComparison.Ordinal) && count > 1)
        {
            count--;
        }
        return Math.Max(1, count);
    }

    [GeneratedRegex(@"[.!?]+(\s|$)|\n-\s")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"[A-Za-z]+(?:'[A-Za-z]+)?")]
    private static partial Regex Word();

    [GeneratedRegex(@"[aeiouy]+")]
    private static partial Regex VowelGroup();
}
