using System.Net;
using System.Text;

namespace CroydonBot.UnitTests.Channels;

/// <summary>Plays the Entra token endpoint (an edge we do not own): counts requests and issues numbered tokens.</summary>
public sealed class TokenEndpointStub(int expiresIn = 3600) : HttpMessageHandler
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public List<Uri> Urls { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var n = Interlocked.Increment(ref _requests);
        lock (Urls)
        {
            Urls.Add(request.RequestUri!);
        }
        await Task.Yield();
        return new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent($$"""{"token_type":"Bearer","expires_in":{{expiresIn}},"access_token":"token-{{n}}"}""", Encoding.UTF8, "application/json"),
        };
    }
}
