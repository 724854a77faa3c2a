using System.Text;
using CroydonBot.Protocol;

namespace CroydonBot.UnitTests.Protocol;

public sealed class ActivityReaderTests
{
    private const string Valid = """{"type":"message","text":"hi","serviceUrl":"https://smba.trafficmanager.net/amer/","conversation":{"id":"a:1"},"unknownField":{"kept":true}}""";

    [Fact]
    public void AValidActivityIsReadWithItsUnknownFieldsKept()
    {
        var (activity, error) = ActivityReader.Parse(Encoding.UTF8.GetBytes(Valid));

        Assert.Null(error);
        Assert.Equal("message", activity!.Type);
        Assert.True(activity.Extra!.ContainsKey("unknownField"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("{not json", "not a valid")]
    [InlineData("[1,2,3]", "not a valid")]
    [InlineData("""{"text":"hi","serviceUrl":"http://x/","conversation":{"id":"1"}}""", "'type'")]
    [InlineData("""{"type":"message","serviceUrl":"http://x/"}""", "'conversation.id'")]
    [InlineData("""{"type":"message","conversation":{"id":"1"}}""", "'serviceUrl'")]
    [InlineData("""{"type":"message","conversation":{"id":"1"},"serviceUrl":"file:///etc/passwd"}""", "http(s)")]
    [InlineData("""{"type":5,"conversation":{"id":"1"},"serviceUrl":"http://x/"}""", "not a valid")]
    public void BadActivitiesAreRefusedWithAReason(string body, string reason)
    {
        var (activity, error) = ActivityReader.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Null(activity);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void DeeplyNestedJsonIsRefusedNotThrown()
    {
        var body = """{"type":"message","conversation":{"id":"1"},"serviceUrl":"http://x/","value":""" + new string('[', 5000) + new string(']', 5000) + "}";

        var (activity, error) = ActivityReader.Parse(Encoding.UTF8.GetBytes(body));

        Assert.Null(activity);
        Assert.NotNull(error);
    }
}
