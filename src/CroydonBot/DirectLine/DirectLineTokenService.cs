using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CroydonBot.DirectLine;

/// <summary>
/// Issues and checks Direct Line tokens: JWTs signed with HMAC-SHA256, bound to one conversation (claim
/// <c>conv</c>) and optionally one user (claim <c>user</c>, which DLJS reads to fix the user id).
/// </summary>
public sealed class DirectLineTokenService
{
    private const string Issuer = "croydonbot-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";

    private readonly JsonWebTokenHandler _handler = new();
    private readonly SymmetricSecurityKey _key;
    private readonly DirectLineOptions _options;
    private readonly TimeProvider _time;

    public DirectLineTokenService(IOptions<DirectLineOptions> options, TimeProvider time)
    {
        _options = options.Value;
        _time = time;
        _key = new SymmetricSecurityKey(KeyBytes(_options.SigningKey));
    }

    public TimeSpan Lifetime => _options.TokenLifetime;

    /// <summary>A new token for <paramref name="conversationId"/>, valid for <see cref="Lifetime"/>.</summary>
    public string Issue(string conversationId, string? userId)
    {
        var now = _time.GetUtcNow().UtcDateTime;
        // jti: two tokens issued in the same second must still differ, or a refresh would hand back the same string.
        var claims = new Dictionary<string, object> { [ConversationClaim] = conversationId, ["jti"] = Guid.NewGuid().ToString("N") };
        if (!string.IsNullOrEmpty(userId))
        {
            claims[UserClaim] = userId;
        }
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + _options.TokenLifetime,
            Claims = claims,
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        });
    }

    /// <summary>Checks signature, issuer, audience and expiry (no clock skew: we issued it ourselves).</summary>
    public async Task<TokenCheck> CheckAsync(string token)
    {
        var result = await _handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = TimeSpan.Zero,
            LifetimeValidator = (notBefore, expires, _, _) => expires is { } e && e > _time.GetUtcNow().UtcDateTime,
        });
        if (!result.IsValid)
        {
            return new TokenCheck(result.Exception is SecurityTokenExpiredException or SecurityTokenInvalidLifetimeException && IsSignedByUs(token)
                ? TokenStatus.Expired
                : TokenStatus.Invalid);
        }
        var identity = result.ClaimsIdentity;
        var conversationId = identity.FindFirst(ConversationClaim)?.Value;
        if (string.IsNullOrEmpty(conversationId))
        {
            return new TokenCheck(TokenStatus.Invalid);
        }
        var expires = result.SecurityToken.ValidTo;
        return new TokenCheck(TokenStatus.Valid, new DirectLineToken(conversationId, identity.FindFirst(UserClaim)?.Value, new DateTimeOffset(expires, TimeSpan.Zero)));
    }

    /// <summary>
    /// An expired token is only reported as expired (403) when it is really ours; a forged one is just invalid (401).
    /// </summary>
    private bool IsSignedByUs(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 3)
        {
            return false;
        }
        using var hmac = new HMACSHA256(_key.Key);
        var expected = hmac.ComputeHash(Encoding.ASCII.GetBytes(parts[0] + "." + parts[1]));
        try
        {
            return CryptographicOperations.FixedTimeEquals(expected, Base64UrlEncoder.DecodeBytes(parts[2]));
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static byte[] KeyBytes(string configured)
    {
        if (string.IsNullOrEmpty(configured))
        {
            return RandomNumberGenerator.GetBytes(32);
        }
        var bytes = Encoding.UTF8.GetBytes(configured);
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("DirectLine:SigningKey must be at least 32 characters (or empty for a random key per start-up).");
        }
        return bytes;
    }
}
