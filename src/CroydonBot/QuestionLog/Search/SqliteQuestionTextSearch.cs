using System.Data.Common;
using Dapper;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace CroydonBot.QuestionLog.Search;

/// <summary>
/// SQLite FTS5 with the Porter stemmer (migration 0005). Each word is stemmed the same way (Porter), and stems in
/// the log spelt within <see cref="SearchWords.Tolerance"/> edits of it are searched too, from the fts5vocab table.
/// </summary>
public sealed class SqliteQuestionTextSearch : IQuestionTextSearch
{
    public async Task<SearchClause?> BuildAsync(DbConnection connection, string text, CancellationToken cancellationToken)
    {
        var groups = new List<string>();
        foreach (var word in SearchWords.Split(text))
        {
            var stem = Stem(word);
            var tolerance = SearchWords.Tolerance(stem);
            // Only stems that start with the same letter and are about as long: typos rarely change the first letter,
            // and this keeps the vocabulary read small.
            var vocabulary = await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT term FROM questions_fts_vocab WHERE substr(term, 1, 1) = @first AND length(term) BETWEEN @shortest AND @longest",
                new { first = stem[..1], shortest = stem.Length - tolerance, longest = stem.Length + tolerance },
                cancellationToken: cancellationToken));
            var terms = SearchWords.Neighbours(stem, vocabulary).Append(word).Distinct(StringComparer.Ordinal);
            // Quoted, each term is one token to FTS5 whatever it contains; the tokenizer stems it again, and a Porter
            // stem stems to itself.
            groups.Add("(" + string.Join(" OR ", terms.Select(t => "\"" + t.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"")) + ")");
        }
        if (groups.Count == 0)
        {
            return null;
        }
        var parameters = new DynamicParameters();
        parameters.Add("match", string.Join(" AND ", groups));
        return new SearchClause("id IN (SELECT rowid FROM questions_fts WHERE questions_fts MATCH @match)", parameters);
    }

    private static string Stem(string word)
    {
        var stemmer = new PorterStemmer();
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current is { Length: > 0 } stem ? stem : word;
    }
}
