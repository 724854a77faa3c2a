using BenchmarkDotNet.Attributes;
using CroydonBot.Configuration;
using CroydonBot.Conversation;
using CroydonBot.Knowledge;
using CroydonBot.Protocol;
using CroydonBot.Replies;
using CroydonBot.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace CroydonBot.Benchmarks;

/// <summary>
/// What every uncached turn does around the answer itself (round H): the conversation state's JSON written and read
/// back, the answer activity made (rendering and citations), the reply body serialised, and the follow-up and closing
/// readings of the message. The load test's questions, answered over the seeds; no figure here is asserted.
/// </summary>
[MemoryDiagnoser]
public class PerTurnTextBenchmarks
{
    private KnowledgeStack _stack = null!;
    private ReplyFactory _replies = null!;
    private FollowUpReader _followUps = null!;
    private SmallTalkMatcher _smallTalk = null!;
    private AnswerReply[] _answers = [];
    private ConversationState[] _states = [];
    private string[] _stateJson = [];
    private string[] _questions = [];
    private RetrievalResult[] _found = [];

    [GlobalSetup]
    public void Setup()
    {
        _stack = KnowledgeStack.ForSeeds();
        _replies = new ReplyFactory(KnowledgeStack.Content.Wording, Options.Create(new ContactOptions()));
        _followUps = new FollowUpReader(YamlFile.Read<FollowUpWords>(Path.Combine(KnowledgeStack.Content.DialogsFolder, FollowUpWords.File)));
        _smallTalk = new SmallTalkMatcher(YamlFile.Read<SmallTalkData>(Path.Combine(KnowledgeStack.Content.DialogsFolder, SmallTalkData.File)));
        _questions = [.. File.ReadLines(TurnReport.LoadTestQuestions()).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
        var answered = _questions.Select(q => _stack.Retriever.Retrieve(q)).Where(r => r.Hits.Count > 0).ToList();
        _answers = [.. answered.Select(r => new AnswerReply(_stack.Composer.Compose(r.Plan, r.Hits), []))];
        _found = [.. answered];
        // A state as a turn leaves it: the last answer's passages and sentences, the context, the safeguarding window.
        _states = [.. answered.Select((r, i) => new ConversationState
        {
            LastAnswer = new LastAnswer { PassageIds = [.. _answers[i].Answer.PassageIds], SentencesShown = 3, QuestionLogId = 1000 + i, Said = [.. _answers[i].Answer.Parts.Select(p => p.Body)] },
            Context = new ConversationContext { Terms = [.. r.Plan.Concepts.Select(c => c.Surface)], Subject = [.. r.Plan.Concepts.Select(c => c.Surface)], Years = [.. r.Plan.Years], Topic = "entitlements", Section = r.Hits[0].Passage.Heading, PassageId = r.Hits[0].Passage.Id, At = DateTimeOffset.UnixEpoch },
            SafeguardingWindow = [new RecentMessage { From = "7ced7bb3cc0579d3", Text = _questions[i] }, new RecentMessage { From = "7ced7bb3cc0579d3", Text = _questions[(i + 1) % _questions.Length] }],
        })];
        _stateJson = [.. _states.Select(ConversationStateJson.Write)];
    }

    [GlobalCleanup]
    public void Cleanup() => _stack.Dispose();

    /// <summary>Each state of the load test's answers written as stored (once a turn).</summary>
    [Benchmark]
    public int StateWrite()
    {
        var length = 0;
        foreach (var state in _states)
        {
            length += ConversationStateJson.Write(state).Length;
        }
        return length;
    }

    /// <summary>Each stored state read back (once a turn).</summary>
    [Benchmark]
    public int StateRead()
    {
        var count = 0;
        foreach (var json in _stateJson)
        {
            count += ConversationStateJson.Read(json).Context!.Terms.Count;
        }
        return count;
    }

    /// <summary>Each answer as the reply activity: rendered words, suggested actions, citation claims.</summary>
    [Benchmark]
    public int AnswerActivities()
    {
        var length = 0;
        foreach (var answer in _answers)
        {
            length += _replies.Answer(answer).Text!.Length;
        }
        return length;
    }

    /// <summary>Each answer activity made and written as the expectReplies body.</summary>
    [Benchmark]
    public async Task<long> ReplyBodies()
    {
        var length = 0L;
        foreach (var answer in _answers)
        {
            var context = new DefaultHttpContext();
            context.Response.Body = Stream.Null;
            await new ProtocolJsonResult<ExpectedReplies>(new ExpectedReplies([_replies.Answer(answer)])).ExecuteAsync(context);
            length += context.Response.ContentLength ?? 0;
        }
        return length;
    }

    /// <summary>
    /// Round AS (perf-as): the knowledge step's checks of what is beyond the sources and of a missing figure, asked of every
    /// question: the asker outside the covered group, a year no source names, the figure asked missing from the best passage.
    /// </summary>
    [Benchmark]
    public int BeyondTheSourcesChecks()
    {
        var count = 0;
        foreach (var question in _questions)
        {
            count += AskerOutsideTheCoveredGroup.Says(question) ? 1 : 0;
            count += YearNoSourceCovers.Asked(question, year => YearNoSourceCovers.Names(_stack.Index, year)) is null ? 0 : 1;
        }
        foreach (var result in _found)
        {
            count += AskedFact.IsMissing(result) ? 1 : 0;
        }
        return count;
    }

    /// <summary>The message readings every turn makes before the answer: follow-up shape and small talk or closing.</summary>
    [Benchmark]
    public int MessageReadings()
    {
        var count = 0;
        foreach (var question in _questions)
        {
            count += (int)_followUps.Read(question) + (_followUps.ShortOnly(question) ? 1 : 0) + (_followUps.IsCondition(question) ? 1 : 0);
            count += _smallTalk.Match(question) is null ? 0 : 1;
        }
        return count;
    }
}
