using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>An RSA key a test made, with its id and, for Bot Framework keys, the channels it is endorsed for.</summary>
public sealed record SigningKey(string Kid, RSA Rsa, string[]? Endorsements)
{
    public RsaSecurityKey SecurityKey => new(Rsa) { KeyId = Kid };

    /// <summary>The public half as a JSON Web Key, as a key set (JWKS) endpoint serves it.</summary>
    public Dictionary<string, object> Jwk()
    {
        var p = Rsa.ExportParameters(false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(p.Modulus),
            ["e"] = Base64UrlEncoder.Encode(p.Exponent),
        };
        if (Endorsements is not null)
        {
            jwk["endorsements"] = Endorsements;
        }
        return jwk;
    }
}
