using System.Net.Http.Headers;
using System.Net.Http.Json;
using CroydonBot.Protocol;

namespace CroydonBot.Channels;

/// <summary>
/// Sends replies to the channel's connector over HTTP, only to allowed hosts (<see cref="ServiceUrlAllowList"/>). A failure is logged and reported as an empty
/// resource response: a channel that is down must not crash the bot or lose the turn's record.
/// </summary>
public sealed class ConnectorClient(HttpClient http, IConnectorTokenProvider tokens, ServiceUrlAllowList allowList, ILogger<ConnectorClient> logger) : IConnectorClient
{
    public async Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, Activity reply, CancellationToken cancellationToken)
    {
        if (!allowList.IsAllowed(serviceUrl))
        {
            // Never called, so never retried: an unknown host learns nothing and cannot be scanned through us.
            logger.LogWarning("A {Type} reply was not sent: its serviceUrl host is not on Channels:AllowedServiceUrlHosts", reply.Type);
            return new ResourceResponse(null);
        }
        var url = ConnectorUrl.ForReply(serviceUrl, reply.Conversation?.Id ?? "", reply.ReplyToId);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = JsonContent.Create(reply, options: ProtocolJson.Options),
            };
            var token = await tokens.GetTokenAsync(serviceUrl, cancellationToken);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }
            using var response = await http.SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Connector answered {Status} to a {Type} reply", (int)response.StatusCode, reply.Type);
                return new ResourceResponse(null);
            }
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(body)
                ? new ResourceResponse(null)
                : System.Text.Json.JsonSerializer.Deserialize<ResourceResponse>(body, ProtocolJson.Options) ?? new ResourceResponse(null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or System.Text.Json.JsonException)
        {
            logger.LogWarning(ex, "Connector call failed for a {Type} reply", reply.Type);
            return new ResourceResponse(null);
        }
    }
}
