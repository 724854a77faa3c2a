using CroydonBot.QuestionLog;
using CroydonBot.Staff;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CroydonBot.UnitTests.Staff;

public sealed class QuestionFilterParserTests
{
    private static (QuestionFilter Filter, IDictionary<string, string[]> Errors) Parse(params (string Key, string Value)[] query) =>
        QuestionFilterParser.Parse(new QueryCollection(query.ToDictionary(q => q.Key, q => new StringValues(q.Value))));

    [Fact]
    public void GoodValuesBecomeTheFilter()
    {
        var (filter, errors) = Parse(("from", "2026-01-01"), ("to", "2026-01-31"), ("kind", "fallback"), ("helpful", "no"), ("q", " rent "), ("topic", "housing"));
        Assert.Empty(errors);
        Assert.Equal(new QuestionFilter { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 1, 31), Kind = "fallback", Helpful = "no", Search = "rent", Topic = "housing" }, filter);
    }

    [Fact]
    public void BadValuesAreReportedAndIgnored()
    {
        var (filter, errors) = Parse(("from", "01/02/2026"), ("kind", "everything"), ("helpful", "maybe"));
        Assert.Equal(["from", "helpful", "kind"], errors.Keys.Order());
        Assert.Equal(new QuestionFilter(), filter);
    }

    [Fact]
    public void AnEndBeforeTheStartIsReported()
    {
        var (_, errors) = Parse(("from", "2026-02-01"), ("to", "2026-01-01"));
        Assert.Equal(["to"], errors.Keys);
    }
}
