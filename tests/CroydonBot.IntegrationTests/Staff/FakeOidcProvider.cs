using System.Collections.Concurrent;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CroydonBot.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;

namespace CroydonBot.IntegrationTests.Staff;

/// <summary>
/// Plays Microsoft Entra ID on loopback for the staff sign-in (OpenID Connect, authorization code with PKCE): serves
/// an OpenID metadata document, a key set made by the test, and a token endpoint that redeems codes the test issued
/// (checking the client secret and the PKCE verifier).
/// </summary>
public sealed class FakeOidcProvider : LoopbackServer
{
    public const string ClientId = "croydonbot-staff-test";
    public const string ClientSecret = "test-client-secret";

    private readonly SigningKey _key = new("test-key-1", RSA.Create(2048), null);
    private readonly ConcurrentDictionary<string, Grant> _codes = new();

    /// <summary>The issuer and authority, without a trailing slash.</summary>
    public string Authority => Address;

    public static async Task<FakeOidcProvider> StartAsync()
    {
        var idp = new FakeOidcProvider();
        var app = idp.App;
        app.MapGet("/.well-known/openid-configuration", () => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = idp.Authority,
            ["authorization_endpoint"] = idp.Authority + "/authorize",
            ["token_endpoint"] = idp.Authority + "/token",
            ["jwks_uri"] = idp.Authority + "/keys",
            ["response_types_supported"] = new[] { "code" },
            ["subject_types_supported"] = new[] { "pairwise" },
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        }));
        app.MapGet("/keys", () => Results.Json(new { keys = new[] { idp._key.Jwk() } }));
        app.MapPost("/token", async (HttpContext http) =>
        {
            var form = await http.Request.ReadFormAsync();
            if (form["client_id"] != ClientId || form["client_secret"] != ClientSecret || form["grant_type"] != "authorization_code"
                || !idp._codes.TryRemove(form["code"].ToString(), out var grant)
                || Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(form["code_verifier"].ToString()))) != grant.CodeChallenge)
            {
                return Results.Json(new { error = "invalid_grant" }, statusCode: StatusCodes.Status400BadRequest);
            }
            return Results.Json(new { access_token = "not-used", token_type = "Bearer", expires_in = 3600, id_token = idp.IdToken(grant) });
        });
        return await ListenAsync(idp);
    }

    /// <summary>What the provider hands back for a code: who signed in, with which app roles, for which sign-in request.</summary>
    public string IssueCode(string userName, IReadOnlyList<string> roles, string nonce, string codeChallenge)
    {
        var code = Guid.NewGuid().ToString("N");
        _codes[code] = new Grant(userName, roles, nonce, codeChallenge);
        return code;
    }

    private string IdToken(Grant grant)
    {
        var now = DateTime.UtcNow;
        var claims = new List<Claim>
        {
            new("sub", "subject-" + grant.UserName),
            new("preferred_username", grant.UserName),
            new("nonce", grant.Nonce),
            new("iat", EpochTime.GetIntDate(now).ToString(System.Globalization.CultureInfo.InvariantCulture), ClaimValueTypes.Integer64),
        };
        claims.AddRange(grant.Roles.Select(r => new Claim("roles", r)));
        var token = new JwtSecurityToken(Authority, ClientId, claims, now.AddMinutes(-1), now.AddMinutes(10),
            new SigningCredentials(_key.SecurityKey, SecurityAlgorithms.RsaSha256));
        return new JwtSecurityTokenHandler().WriteToken(token);
    }

    private sealed record Grant(string UserName, IReadOnlyList<string> Roles, string Nonce, string CodeChallenge);
}
