using CroydonBot.Cli;

namespace CroydonBot.UnitTests.Cli;

/// <summary>
/// The <c>route</c> command run where it cannot work says why in a sentence and exits with 2, instead of a stack trace.
/// </summary>
public sealed class RoutingEvalTests
{
    [Fact]
    public void RouteOutsideTheRepositorySaysWhereToRunItAndExitsWithTwo()
    {
        var folder = Directory.CreateTempSubdirectory("route-outside-").FullName;
        try
        {
            var error = new StringWriter();
            var code = RoutingEval.Run(["route", "eval/routing-a.jsonl"], folder, error);
            Assert.Equal(2, code);
            Assert.Contains("Run it inside the repository", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void RouteGivenAMessageInsteadOfAFileSaysSoAndExitsWithTwo()
    {
        var error = new StringWriter();
        var code = RoutingEval.Run(["route", "can i complain about my PA"], RepositoryPaths.Root, error);
        Assert.Equal(2, code);
        Assert.Contains("no file \"can i complain about my PA\"", error.ToString(), StringComparison.Ordinal);
    }
}
