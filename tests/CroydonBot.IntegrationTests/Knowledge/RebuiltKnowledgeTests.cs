using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Knowledge.Live;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// The index rebuilt when staff teach a phrasing is ranked with traits of its own passages: a re-ranker made over the
/// first index would never see the taught phrasing among a section's alternative questions.
/// </summary>
public sealed class RebuiltKnowledgeTests
{
    [Fact]
    public async Task ARebuiltIndexIsReRankedWithItsOwnPassages()
    {
        await using var host = await BotHost.StartAsync();
        var live = host.Services.GetRequiredService<LiveKnowledge>();
        var first = live.Current;

        await host.Services.GetRequiredService<IKnowledgeRebuilder>().RebuildAsync(CancellationToken.None);
        var rebuilt = live.Current;

        Assert.NotSame(first.Index, rebuilt.Index);
        Assert.Same(first.Index, first.Retriever.Reranker?.Index);
        Assert.Same(rebuilt.Index, rebuilt.Retriever.Reranker?.Index);
        var replies = await host.Client.AskAsync("what did ofsted say about croydon in 2024");
        Assert.Contains(replies, r => r.Text?.Contains("good", StringComparison.OrdinalIgnoreCase) == true);
    }
}
