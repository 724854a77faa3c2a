using System.Text.RegularExpressions;
using CroydonBot.IntegrationTests.Infrastructure;
using CroydonBot.Knowledge;
using CroydonBot.Text;
using Microsoft.Extensions.DependencyInjection;

namespace CroydonBot.IntegrationTests.Knowledge;

/// <summary>
/// No sentence from a historical document or a "(history)" section reaches a young person without its year
/// in the sentence itself: a sentence quoted alone, or shown in a card, must never pass for the present.
/// </summary>
public sealed partial class HistoryIsDatedTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();
    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public void EverySentenceFromHistoryInAnAnswerNamesItsYear()
    {
        var index = _host.Services.GetRequiredService<KnowledgeIndex>();
        var retriever = _host.Services.GetRequiredService<Retriever>();
        var composer = _host.Services.GetRequiredService<AnswerComposer>();
        var historical = index.Passages.Where(p => p.IsHistorical).ToList();
        Assert.NotEmpty(historical);
        // Ask for every history passage in its own words, its heading and its questions, now and then.
        var questions = historical.SelectMany(p => (string[])[p.Heading, .. p.Questions, p.Text.Split('.')[0], "is it still true that " + p.Text.Split('.')[0]])
            .Where(q => q.Length > 0).Distinct().ToList();
        var checkedSentences = 0;

        foreach (var question in questions)
        {
            var result = retriever.Retrieve(question);
            if (result.Best is null)
            {
                continue;
            }
            var answer = composer.Compose(result.Plan, result.Hits);
            var more = composer.Continue(result.Best.Passage, answer.SentencesShown, 1.0);
            foreach (var citation in answer.Citations.Concat(more?.Citations ?? []))
            {
                if (!index.Passages.Any(p => p.IsHistorical && p.Document.Title == citation.Title && p.DateLabel == citation.DateLabel))
                {
                    continue;
                }
                foreach (var sentence in SentenceSplitter.Split(citation.Abstract))
                {
                    checkedSentences++;
                    Assert.True(Year().IsMatch(sentence), $"'{sentence}' ({citation.Title}, {citation.DateLabel}, asked '{question}') does not say its year");
                }
            }
        }
        Assert.True(checkedSentences > 50, $"only {checkedSentences} history sentences were checked");
    }

    [GeneratedRegex(@"\b(19|20)\d{2}\b")]
    private static partial Regex Year();
}
