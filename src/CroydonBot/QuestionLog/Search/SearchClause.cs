using Dapper;

namespace CroydonBot.QuestionLog.Search;

/// <summary>A WHERE fragment over the questions table and the parameters it names.</summary>
public sealed record SearchClause(string Sql, DynamicParameters Parameters);
