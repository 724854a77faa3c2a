using System.Globalization;
using System.Text;
using CroydonBot.QuestionLog.Search;
using CroydonBot.Storage;
using Dapper;

namespace CroydonBot.QuestionLog;

/// <summary>
/// The question log in SQL, the only code that touches the questions table. Every statement runs unchanged on
/// SQLite and PostgreSQL: dates are ISO-8601 UTC text, so date ranges are string comparisons and a day is
/// substr(at, 1, 10); flags are integers. On SQLite the full-text index follows in batches (<paramref name="searchIndex"/>).
/// </summary>
public sealed class SqlQuestionLog(ISqlDatabase database, TimeProvider clock, QuestionSearchIndex? searchIndex = null) : IQuestionLog
{
    private const string QuestionColumns =
        "id, at, channel, conversation_hash AS ConversationHash, user_hash AS UserHash, question, kind, sources, confidence, topic, safeguarding, helpful, " +
        "safeguarding_tier AS SafeguardingTier, safeguarding_score AS SafeguardingScore, safeguarding_layer AS SafeguardingLayer, " +
        "answer, wrong_at AS WrongAt, wrong_by AS WrongBy, wrong_note AS WrongNote";

    private readonly IQuestionTextSearch _search = database.Dialect == "postgres" ? new PostgresQuestionTextSearch() : new SqliteQuestionTextSearch();

    // Without the app's indexer (a test's log), rows are indexed when a search catches up.
    private readonly QuestionSearchIndex _searchIndex = searchIndex ?? new QuestionSearchIndex(database);

    private const string Insert =
        """
        INSERT INTO questions (at, channel, conversation_hash, user_hash, question, kind, sources, confidence, topic, safeguarding, helpful,
                               safeguarding_tier, safeguarding_score, safeguarding_layer, answer)
        VALUES (@At, @Channel, @ConversationHash, @UserHash, @Question, @Kind, @Sources, @Confidence, @Topic, @Safeguarding, NULL,
                @SafeguardingTier, @SafeguardingScore, @SafeguardingLayer, @Answer)
        RETURNING id
        """;

    public async Task<long> AddAsync(QuestionLogEntry entry, CancellationToken cancellationToken)
    {
        // Parameters are built before queueing: the writer runs one write at a time, so it should only run SQL.
        var parameters = new
        {
            At = entry.At.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            entry.Channel,
            entry.ConversationHash,
            entry.UserHash,
            entry.Question,
            entry.Kind,
            entry.Sources,
            entry.Confidence,
            entry.Topic,
            Safeguarding = entry.SafeguardingFlag ? 1 : 0,
            entry.SafeguardingTier,
            entry.SafeguardingScore,
            entry.SafeguardingLayer,
            entry.Answer,
        };
        // The same values by name, for the insert prepared once on SQLite's writer connection.
        (string, object?)[] values =
        [
            ("@At", parameters.At), ("@Channel", parameters.Channel), ("@ConversationHash", parameters.ConversationHash),
            ("@UserHash", parameters.UserHash), ("@Question", parameters.Question), ("@Kind", parameters.Kind),
            ("@Sources", parameters.Sources), ("@Confidence", parameters.Confidence), ("@Topic", parameters.Topic),
            ("@Safeguarding", parameters.Safeguarding), ("@SafeguardingTier", parameters.SafeguardingTier),
            ("@SafeguardingScore", parameters.SafeguardingScore), ("@SafeguardingLayer", parameters.SafeguardingLayer),
            ("@Answer", parameters.Answer),
        ];
        var id = await database.WriteAsync(
            (connection, transaction, _) => PreparedWrites.Applies(connection)
                ? Task.FromResult(Convert.ToInt64(PreparedWrites.Scalar(connection, transaction, Insert, values), CultureInfo.InvariantCulture))
                : connection.ExecuteScalarAsync<long>(Insert, parameters, transaction),
            cancellationToken);
        _searchIndex.QuestionAdded();
        return id;
    }

    public Task SetHelpfulAsync(long id, bool helpful, CancellationToken cancellationToken)
    {
        var parameters = new { id, helpful = helpful ? 1 : 0 };
        return database.WriteAsync(
            (connection, transaction, _) => connection.ExecuteAsync("UPDATE questions SET helpful = @helpful WHERE id = @id", parameters, transaction),
            cancellationToken);
    }

    public async Task<DashboardStats> DashboardAsync(DateOnly from, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var since = Day(from);
        var perDay = await connection.QueryAsync<KeyCount>(
            "SELECT substr(at, 1, 10) AS Label, COUNT(*) AS Count FROM questions WHERE at >= @since GROUP BY substr(at, 1, 10) ORDER BY Label",
            new { since });
        var topics = await connection.QueryAsync<KeyCount>(
            """
            SELECT topic AS Label, COUNT(*) AS Count FROM questions
            WHERE at >= @since AND topic IS NOT NULL AND topic <> ''
            GROUP BY topic ORDER BY COUNT(*) DESC, topic LIMIT 10
            """,
            new { since });
        var totals = await connection.QuerySingleAsync<Totals>(
            """
            SELECT COUNT(*) AS Total,
                   COALESCE(SUM(CASE WHEN kind = 'answer' THEN 1 ELSE 0 END), 0) AS Answered,
                   COALESCE(SUM(CASE WHEN kind = 'fallback' THEN 1 ELSE 0 END), 0) AS Unanswered,
                   COALESCE(SUM(CASE WHEN helpful = 1 THEN 1 ELSE 0 END), 0) AS Helpful,
                   COALESCE(SUM(CASE WHEN helpful = 0 THEN 1 ELSE 0 END), 0) AS NotHelpful
            FROM questions WHERE at >= @since
            """,
            new { since });
        var wrong = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM questions WHERE wrong_at IS NOT NULL AND resolved_at IS NULL");
        var counts = perDay.ToDictionary(r => r.Label, r => (int)r.Count, StringComparer.Ordinal);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var days = new List<DailyCount>();
        // Every day of the period, with zero for quiet days, so the chart's spacing is honest.
        for (var day = from; day <= today; day = day.AddDays(1))
        {
            days.Add(new DailyCount(day, counts.GetValueOrDefault(Day(day))));
        }
        return new DashboardStats
        {
            PerDay = days,
            TopTopics = [.. topics.Select(t => new TopicCount(t.Label, (int)t.Count))],
            Total = (int)totals.Total,
            Answered = (int)totals.Answered,
            Unanswered = (int)totals.Unanswered,
            Helpful = (int)totals.Helpful,
            NotHelpful = (int)totals.NotHelpful,
            WrongToFix = (int)wrong,
        };
    }

    public async Task<QuestionPage> QuestionsAsync(QuestionFilter filter, int offset, int limit, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // The rows logged since the indexer's last batch are searchable too.
            await _searchIndex.CatchUpAsync(cancellationToken);
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var (where, parameters) = await WhereAsync(connection, filter, cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM questions{where}", parameters);
        parameters.Add("offset", Math.Max(0, offset));
        parameters.Add("limit", Math.Max(1, limit));
        var rows = await connection.QueryAsync<QuestionRow>(
            $"SELECT {QuestionColumns} FROM questions{where} ORDER BY id DESC LIMIT @limit OFFSET @offset", parameters);
        return new QuestionPage([.. rows.Select(r => r.ToEntry())], (int)total);
    }

    public async Task<IReadOnlyList<string>> TopicsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return [.. await connection.QueryAsync<string>("SELECT DISTINCT topic FROM questions WHERE topic IS NOT NULL AND topic <> '' ORDER BY topic")];
    }

    public async Task<IReadOnlyList<QuestionLogEntry>> UnansweredAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<QuestionRow>(
            $"SELECT {QuestionColumns} FROM questions WHERE kind = 'fallback' AND resolved_at IS NULL ORDER BY id DESC LIMIT @limit",
            new { limit });
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<int> ResolveAsync(IReadOnlyCollection<long> ids, string resolvedBy, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return 0;
        }
        var at = Iso(clock.GetUtcNow());
        return await database.WriteAsync(async (connection, transaction, _) =>
        {
            var changed = 0;
            // One statement per id: "IN @ids" list expansion differs between the two providers' parameter styles.
            foreach (var id in ids)
            {
                changed += await connection.ExecuteAsync(
                    "UPDATE questions SET resolved_at = @at, resolved_by = @resolvedBy WHERE id = @id AND resolved_at IS NULL",
                    new { id, at, resolvedBy }, transaction);
            }
            return changed;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<FlaggedConversation>> FlaggedConversationsAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<FlaggedRow>(
            """
            SELECT conversation_hash AS ConversationHash, COUNT(*) AS Messages, MAX(at) AS LastAt,
                   MAX(CASE WHEN safeguarding = 1 THEN at END) AS FlaggedAt FROM questions
            WHERE conversation_hash IN (SELECT conversation_hash FROM questions WHERE safeguarding = 1)
            GROUP BY conversation_hash ORDER BY MAX(CASE WHEN safeguarding = 1 THEN at END) DESC LIMIT @limit
            """,
            new { limit });
        return [.. rows.Select(r => new FlaggedConversation(r.ConversationHash, (int)r.Messages, Parse(r.LastAt), Parse(r.FlaggedAt)))];
    }

    public async Task<IReadOnlyList<FlaggedQuestion>> FlaggedAfterAsync(long afterId, DateTimeOffset since, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(long, string)>(
            "SELECT id, conversation_hash FROM questions WHERE id > @afterId AND safeguarding = 1 AND at >= @since ORDER BY id LIMIT @limit",
            new { afterId, since = Iso(since), limit });
        return [.. rows.Select(r => new FlaggedQuestion(r.Item1, r.Item2))];
    }

    public Task<int> DeleteQuestionsBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var parameters = new { cutoff = Iso(cutoff) };
        return database.WriteAsync(
            (connection, transaction, _) => connection.ExecuteAsync("DELETE FROM questions WHERE at < @cutoff", parameters, transaction), cancellationToken);
    }

    public async Task<QuestionLogEntry?> QuestionAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<QuestionRow>($"SELECT {QuestionColumns} FROM questions WHERE id = @id", new { id });
        return row?.ToEntry();
    }

    public async Task<IReadOnlyList<QuestionLogEntry>> ConversationAroundAsync(QuestionLogEntry entry, int each, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var parameters = new { conversation = entry.ConversationHash, entry.Id, each };
        var before = await connection.QueryAsync<QuestionRow>(
            $"SELECT {QuestionColumns} FROM questions WHERE conversation_hash = @conversation AND id < @Id ORDER BY id DESC LIMIT @each", parameters);
        var after = await connection.QueryAsync<QuestionRow>(
            $"SELECT {QuestionColumns} FROM questions WHERE conversation_hash = @conversation AND id > @Id ORDER BY id LIMIT @each", parameters);
        return [.. before.Reverse().Select(r => r.ToEntry()), entry, .. after.Select(r => r.ToEntry())];
    }

    public async Task<bool> MarkWrongAsync(long id, string? note, string markedBy, CancellationToken cancellationToken)
    {
        // A new mark reopens the question for teaching; clearing the mark leaves "resolved" as it was.
        var parameters = new { id, note, markedBy, at = note is null ? null : Iso(clock.GetUtcNow()) };
        var sql = note is null
            ? "UPDATE questions SET wrong_at = NULL, wrong_by = NULL, wrong_note = NULL WHERE id = @id"
            : "UPDATE questions SET wrong_at = @at, wrong_by = @markedBy, wrong_note = @note, resolved_at = NULL, resolved_by = NULL WHERE id = @id";
        return await database.WriteAsync((connection, transaction, _) => connection.ExecuteAsync(sql, parameters, transaction), cancellationToken) > 0;
    }

    public async Task<IReadOnlyList<QuestionLogEntry>> WrongAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<QuestionRow>(
            $"SELECT {QuestionColumns} FROM questions WHERE wrong_at IS NOT NULL AND resolved_at IS NULL ORDER BY wrong_at DESC, id DESC LIMIT @limit",
            new { limit });
        return [.. rows.Select(r => r.ToEntry())];
    }

    public async Task<IReadOnlyList<DailyCount>> WrongPerWeekAsync(DateOnly from, CancellationToken cancellationToken)
    {
        var start = WeekOf(from);
        await using var connection = await database.OpenAsync(cancellationToken);
        var marks = await connection.QueryAsync<string>("SELECT wrong_at FROM questions WHERE wrong_at >= @since", new { since = Day(start) });
        // Grouped here, not in SQL: the two databases name weeks differently, and a year of marks is small.
        var counts = marks.GroupBy(m => WeekOf(DateOnly.FromDateTime(Parse(m).UtcDateTime))).ToDictionary(g => g.Key, g => g.Count());
        var thisWeek = WeekOf(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        var weeks = new List<DailyCount>();
        for (var week = start; week <= thisWeek; week = week.AddDays(7))
        {
            weeks.Add(new DailyCount(week, counts.GetValueOrDefault(week)));
        }
        return weeks;
    }

    /// <summary>The Monday of the week holding <paramref name="day"/>.</summary>
    public static DateOnly WeekOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The WHERE clause for a filter, built from fixed fragments; values only ever travel as parameters.</summary>
    private async Task<(string Sql, DynamicParameters Parameters)> WhereAsync(System.Data.Common.DbConnection connection, QuestionFilter filter, CancellationToken cancellationToken)
    {
        var clauses = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.From is { } from)
        {
            clauses.Add("at >= @from");
            parameters.Add("from", Day(from));
        }
        if (filter.To is { } to)
        {
            clauses.Add("at < @toExclusive");
            parameters.Add("toExclusive", Day(to.AddDays(1)));
        }
        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            clauses.Add("topic = @topic");
            parameters.Add("topic", filter.Topic);
        }
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            clauses.Add("kind = @kind");
            parameters.Add("kind", filter.Kind);
        }
        switch (filter.Helpful)
        {
            case "yes": clauses.Add("helpful = 1"); break;
            case "no": clauses.Add("helpful = 0"); break;
            case "none": clauses.Add("helpful IS NULL"); break;
        }
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // The text as typed (a reference, "50%") or, through full-text search, its words in any form or near spelling.
            var like = "LOWER(question) LIKE @search ESCAPE '\\'";
            parameters.Add("search", "%" + EscapeLike(filter.Search.Trim().ToLowerInvariant()) + "%");
            if (await _search.BuildAsync(connection, filter.Search, cancellationToken) is { } words)
            {
                parameters.AddDynamicParams(words.Parameters);
                like = $"({like} OR {words.Sql})";
            }
            clauses.Add(like);
        }
        if (filter.Wrong)
        {
            clauses.Add("wrong_at IS NOT NULL");
        }
        if (!string.IsNullOrWhiteSpace(filter.Conversation))
        {
            clauses.Add("conversation_hash = @conversation");
            parameters.Add("conversation", filter.Conversation);
        }
        return (clauses.Count == 0 ? "" : " WHERE " + string.Join(" AND ", clauses), parameters);
    }

    private static string EscapeLike(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '%' or '_' or '\\')
            {
                builder.Append('\\');
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string at) => DateTimeOffset.Parse(at, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

    private sealed class KeyCount
    {
        public string Label { get; set; } = "";
        public long Count { get; set; }
    }

    private sealed class Totals
    {
        public long Total { get; set; }
        public long Answered { get; set; }
        public long Unanswered { get; set; }
        public long Helpful { get; set; }
        public long NotHelpful { get; set; }
    }

    private sealed class FlaggedRow
    {
        public string ConversationHash { get; set; } = "";
        public long Messages { get; set; }
        public string LastAt { get; set; } = "";
        public string FlaggedAt { get; set; } = "";
    }
}
