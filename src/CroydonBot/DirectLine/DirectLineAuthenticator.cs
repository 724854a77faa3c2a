using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace CroydonBot.DirectLine;

/// <summary>
/// Reads <c>Authorization: Bearer &lt;secret or token&gt;</c> (or the stream's <c>t</c> query parameter) and
/// answers as Direct Line does: 401 when missing or not ours, 403 TokenExpired when expired.
/// </summary>
public sealed class DirectLineAuthenticator(DirectLineTokenService tokens, IOptions<DirectLineOptions> options)
{
    private readonly byte[] _secret = Encoding.UTF8.GetBytes(options.Value.Secret);

    /// <summary>The caller from the Authorization header, or the error to answer with.</summary>
    public Task<(DirectLineCaller? Caller, IResult? Error)> FromHeaderAsync(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        if (!header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) || header.Length == scheme.Length)
        {
            return Task.FromResult<(DirectLineCaller?, IResult?)>((null, DirectLineErrors.Unauthorized("Send 'Authorization: Bearer' with the Direct Line secret or a token.")));
        }
        return FromCredentialAsync(header[scheme.Length..].Trim());
    }

    /// <summary>The caller holding <paramref name="credential"/> (a secret or a token), or the error to answer with.</summary>
    public async Task<(DirectLineCaller? Caller, IResult? Error)> FromCredentialAsync(string? credential)
    {
        if (string.IsNullOrEmpty(credential))
        {
            return (null, DirectLineErrors.Unauthorized("A Direct Line secret or token is required."));
        }
        if (IsSecret(credential))
        {
            return (new DirectLineCaller(true, null, null), null);
        }
        var check = await tokens.CheckAsync(credential);
        return check.Status switch
        {
            TokenStatus.Valid => (new DirectLineCaller(false, check.Token, credential), null),
            TokenStatus.Expired => (null, DirectLineErrors.TokenExpired()),
            _ => (null, DirectLineErrors.Unauthorized("The secret or token is not valid.")),
        };
    }

    private bool IsSecret(string credential) =>
        _secret.Length > 0 && CryptographicOperations.FixedTimeEquals(_secret, Encoding.UTF8.GetBytes(credential));
}
