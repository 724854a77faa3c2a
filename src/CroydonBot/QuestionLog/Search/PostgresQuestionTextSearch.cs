using System.Data.Common;
using Dapper;

namespace CroydonBot.QuestionLog.Search;

/// <summary>
/// PostgreSQL full-text search with the English configuration over the generated <c>search</c> column (migration
/// 0004). The database stems each word; lexemes in the log spelt within <see cref="SearchWords.Tolerance"/> edits
/// of it (from ts_stat) are searched too. English stop words are dropped, as the index drops them.
/// </summary>
public sealed class PostgresQuestionTextSearch : IQuestionTextSearch
{
    public async Task<SearchClause?> BuildAsync(DbConnection connection, string text, CancellationToken cancellationToken)
    {
        var groups = new List<string>();
        foreach (var word in SearchWords.Split(text))
        {
            var stems = (await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT lexeme FROM unnest(to_tsvector('english', @word))", new { word }, cancellationToken: cancellationToken))).ToList();
            if (stems.Count == 0)
            {
                continue;
            }
            var terms = new List<string>();
            foreach (var stem in stems)
            {
                var tolerance = SearchWords.Tolerance(stem);
                var vocabulary = await connection.QueryAsync<string>(new CommandDefinition(
                    "SELECT word FROM ts_stat('SELECT search FROM questions') WHERE substr(word, 1, 1) = @first AND length(word) BETWEEN @shortest AND @longest",
                    new { first = stem[..1], shortest = stem.Length - tolerance, longest = stem.Length + tolerance },
                    cancellationToken: cancellationToken));
                terms.AddRange(SearchWords.Neighbours(stem, vocabulary).Append(stem));
            }
            // Lexemes quoted as tsquery literals: matched as they are, never stemmed or parsed again.
            groups.Add("(" + string.Join(" | ", terms.Distinct(StringComparer.Ordinal).Select(t => "'" + t.Replace("'", "''", StringComparison.Ordinal).Replace("\\", "\\\\", StringComparison.Ordinal) + "'")) + ")");
        }
        if (groups.Count == 0)
        {
            return null;
        }
        var parameters = new DynamicParameters();
        parameters.Add("tsquery", string.Join(" & ", groups));
        return new SearchClause("search @@ CAST(@tsquery AS tsquery)", parameters);
    }
}
