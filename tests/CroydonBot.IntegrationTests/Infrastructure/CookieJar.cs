namespace CroydonBot.IntegrationTests.Infrastructure;

/// <summary>
/// Cookies kept by hand, as a browser on HTTPS keeps them: a CookieContainer withholds Secure cookies over loopback
/// http, so tests that sign in (OIDC correlation cookies, the staff session behind a TLS proxy) keep their own.
/// </summary>
public sealed class CookieJar
{
    private readonly Dictionary<string, string> _cookies = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Cookies => _cookies;

    /// <summary>Adds the Cookie header the jar's cookies make, if it holds any.</summary>
    public void AddTo(HttpRequestMessage request)
    {
        if (_cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", _cookies.Select(c => $"{c.Key}={c.Value}")));
        }
    }

    /// <summary>Keeps what the response sets and forgets what it expires; returns its Set-Cookie headers.</summary>
    public IReadOnlyList<string> Keep(HttpResponseMessage response)
    {
        var headers = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
        foreach (var header in headers)
        {
            var pair = header.Split(';', 2)[0].Split('=', 2);
            if (header.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase) || pair[1].Length == 0)
            {
                _cookies.Remove(pair[0]);
            }
            else
            {
                _cookies[pair[0]] = pair[1];
            }
        }
        return headers;
    }

    public void Set(string name, string value) => _cookies[name] = value;
}
