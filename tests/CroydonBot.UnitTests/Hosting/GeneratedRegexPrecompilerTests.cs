using System.Text.RegularExpressions;
using CroydonBot.Hosting;
using CroydonBot.Knowledge;

namespace CroydonBot.UnitTests.Hosting;

public sealed class GeneratedRegexPrecompilerTests
{
    private static readonly System.Reflection.Assembly App = typeof(GeneratedRegexPrecompiler).Assembly;

    [Fact]
    public void EveryGeneratedPatternHasARunnerToCompile()
    {
        // The generator writes one runner per distinct pattern (two declarations of the same pattern share one), so there are
        // at most as many runners as [GeneratedRegex] declarations, and most of them.
        var declared = Directory.EnumerateFiles(RepositoryPaths.Combine("src", "CroydonBot"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Sum(f => Regex.Count(File.ReadAllText(f), @"\[(?:System\.Text\.RegularExpressions\.)?GeneratedRegex\("));
        var runners = GeneratedRegexPrecompiler.GeneratedTypes(App).Count(t => t.Name == "Runner");

        Assert.InRange(runners, declared * 3 / 4, declared);
    }

    [Fact]
    public void EveryMatcherCompilesAndEachRunnerGivesAtLeastItsThreeMethods()
    {
        var runners = GeneratedRegexPrecompiler.GeneratedTypes(App).Count(t => t.Name == "Runner");

        var compiled = GeneratedRegexPrecompiler.Precompile(App);

        // Scan, the search for a starting place and the match at it: what a pattern's first call would otherwise compile.
        Assert.True(compiled >= 3 * runners, $"{compiled} methods compiled for {runners} runners");
    }

    [Fact]
    public async Task AProcessCompilesOnceHoweverManyHostsStart()
    {
        var first = GeneratedRegexPrecompiler.StartOnce();
        var second = GeneratedRegexPrecompiler.StartOnce();

        Assert.Same(first, second);
        Assert.True(await first > 0);
    }

    [Theory]
    [InlineData("how much is the setting up home allowance", QuestionKind.HowMuch)]
    [InlineData("wen do i get my pathway plan", QuestionKind.When)]
    [InlineData("who do i ask about my pa", QuestionKind.WhoToAsk)]
    [InlineData("is it guaranteed by law", QuestionKind.Legal)]
    public async Task PatternsMatchAsBeforeOnceCompiled(string question, QuestionKind kind)
    {
        await GeneratedRegexPrecompiler.StartOnce();

        Assert.Equal(kind, QuestionKinds.Of(question));
    }
}
