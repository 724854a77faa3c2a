using System.Globalization;
using CroydonBot.QuestionLog;
using Microsoft.AspNetCore.Http;

namespace CroydonBot.Staff;

/// <summary>Reads a question filter from the query string, rejecting values the log cannot hold.</summary>
public static class QuestionFilterParser
{
    /// <summary>The filter, or the problems with the query (shown to staff or returned as a 400).</summary>
    public static (QuestionFilter Filter, IDictionary<string, string[]> Errors) Parse(IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var filter = new QuestionFilter
        {
            From = Date(query, "from", errors),
            To = Date(query, "to", errors),
            Topic = Text(query, "topic"),
            Kind = OneOf(query, "kind", QuestionFilter.Kinds, errors),
            Helpful = OneOf(query, "helpful", QuestionFilter.HelpfulValues, errors),
            Search = Text(query, "q"),
            Conversation = Text(query, "conversation"),
        };
        if (filter.From is { } from && filter.To is { } to && to < from)
        {
            errors["to"] = ["The end date is before the start date."];
        }
        return (filter, errors);
    }

    private static string? Text(IQueryCollection query, string key) =>
        query[key].ToString() is { Length: > 0 } value ? value.Trim()[..Math.Min(value.Trim().Length, 200)] : null;

    private static DateOnly? Date(IQueryCollection query, string key, Dictionary<string, string[]> errors)
    {
        var value = Text(query, key);
        if (value is null)
        {
            return null;
        }
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }
        errors[key] = ["Enter the date as YYYY-MM-DD."];
        return null;
    }

    private static string? OneOf(IQueryCollection query, string key, IReadOnlyList<string> allowed, Dictionary<string, string[]> errors)
    {
        var value = Text(query, key);
        if (value is null || allowed.Contains(value))
        {
            return value;
        }
        errors[key] = [$"Choose one of: {string.Join(", ", allowed)}."];
        return null;
    }
}
