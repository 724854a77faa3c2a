using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// Adds the security headers to every response, errors and rate-limit answers included, at the moment the
/// response starts so nothing later can drop them. A stricter policy set by a part of the app is kept.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<SecurityHeadersOptions> options, IHostEnvironment environment)
{
    // The options never change once read (IOptions): the policy is joined once, not on every response.
    private string? _policy;

    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var settings = options.Value;
            var headers = http.Response.Headers;
            // A part with stricter needs (the staff pages) may have set its own policy already: it wins.
            var ownPolicy = headers.ContainsKey("Content-Security-Policy");
            if (!ownPolicy)
            {
                headers.ContentSecurityPolicy = _policy ??= settings.ContentSecurityPolicy.TrimEnd(' ', ';') + "; frame-ancestors " + settings.FrameAncestors;
            }
            headers.XContentTypeOptions = "nosniff";
            headers.TryAdd("Referrer-Policy", settings.ReferrerPolicy);
            headers.TryAdd("Permissions-Policy", settings.PermissionsPolicy);
            headers.TryAdd("Cross-Origin-Opener-Policy", "same-origin");
            if (!ownPolicy && !headers.ContainsKey("X-Frame-Options"))
            {
                // Older browsers ignore frame-ancestors; X-Frame-Options only says "never" or "same origin".
                var frameAncestors = settings.FrameAncestors.Trim();
                if (frameAncestors == "'none'")
                {
                    headers.XFrameOptions = "DENY";
                }
                else if (frameAncestors == "'self'")
                {
                    headers.XFrameOptions = "SAMEORIGIN";
                }
            }
            // Not in Development: HSTS on localhost would stick in the developer's browser for a year.
            if (http.Request.IsHttps && !environment.IsDevelopment())
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            return Task.CompletedTask;
        });
        return next(http);
    }
}
