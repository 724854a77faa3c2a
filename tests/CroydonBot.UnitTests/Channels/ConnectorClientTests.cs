using System.Net;
using CroydonBot.Channels;
using CroydonBot.Protocol;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CroydonBot.UnitTests.Channels;

/// <summary>Finding 1: the connector is the last line; an unknown host is never called, so never retried.</summary>
public sealed class ConnectorClientTests
{
    private sealed class BusyConnector : HttpMessageHandler
    {
        public int Calls;

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new HttpResponseMessage(HttpStatusCode.ServiceUnavailable));
        }
    }

    private static (ConnectorClient Client, BusyConnector Connector) Create(params string[] allowedHosts)
    {
        var connector = new BusyConnector();
        var retry = new ConnectorRetryHandler(Options.Create(new ConnectorRetryOptions { MaxRetries = 7, BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero }), TimeProvider.System, NullLogger<ConnectorRetryHandler>.Instance)
        {
            InnerHandler = connector,
        };
        var allowList = new ServiceUrlAllowList(Options.Create(new ChannelSecurityOptions { AllowedServiceUrlHosts = [.. allowedHosts] }), new HostingEnvironment { EnvironmentName = "Production" });
        return (new ConnectorClient(new HttpClient(retry), new AnonymousTokenProvider(), allowList, NullLogger<ConnectorClient>.Instance), connector);
    }

    private static Activity Reply() => new() { Type = ActivityTypes.Message, Text = "hi", Conversation = new ConversationAccount { Id = "c1" } };

    [Theory]
    [InlineData("http://127.0.0.1:8080/")]
    [InlineData("http://169.254.169.254/")]
    public async Task AnUnknownHostIsNeverCalledNorRetried(string serviceUrl)
    {
        var (client, connector) = Create();

        await client.ReplyToActivityAsync(serviceUrl, Reply(), CancellationToken.None);

        Assert.Equal(0, connector.Calls);
    }

    [Fact]
    public async Task AnAllowedHostThatIsBusyIsRetriedAsBefore()
    {
        var (client, connector) = Create("127.0.0.1");

        await client.ReplyToActivityAsync("http://127.0.0.1:8080/", Reply(), CancellationToken.None);

        Assert.Equal(8, connector.Calls);
    }
}
