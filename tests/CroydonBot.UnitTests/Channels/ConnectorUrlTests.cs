using CroydonBot.Channels;

namespace CroydonBot.UnitTests.Channels;

public sealed class ConnectorUrlTests
{
    [Theory]
    [InlineData("https://smba.trafficmanager.net/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public void TheServiceUrlKeepsItsPathWithOrWithoutATrailingSlash(string serviceUrl)
    {
        var url = ConnectorUrl.ForReply(serviceUrl, "conv", "act");

        Assert.Equal("https://smba.trafficmanager.net/amer/v3/conversations/conv/activities/act", url.AbsoluteUri);
    }

    [Fact]
    public void TeamsStyleIdsAreEscaped()
    {
        var url = ConnectorUrl.ForReply("http://localhost:56150/_connector", "a:1;messageid=2@thread", "f:3");

        Assert.Equal("/_connector/v3/conversations/a%3A1%3Bmessageid%3D2%40thread/activities/f%3A3", url.AbsolutePath);
    }

    [Fact]
    public void WithoutAnActivityIdTheReplyGoesToTheConversation()
    {
        Assert.EndsWith("/v3/conversations/conv/activities", ConnectorUrl.ForReply("http://x/", "conv", null).AbsoluteUri);
    }
}
