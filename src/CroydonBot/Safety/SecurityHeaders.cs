using Microsoft.Extensions.Options;

namespace CroydonBot.Safety;

/// <summary>
/// Adds the security headers to every response, errors and rate-limit answers included, at the moment the
/// response starts so nothing later can drop them.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next, IOptions<SecurityHeadersOptions> options)
{
    public Task InvokeAsync(HttpContext http)
    {
        http.Response.OnStarting(() =>
        {
            var settings = options.Value;
            var headers = http.Response.Headers;
            headers.ContentSecurityPolicy = settings.ContentSecurityPolicy.TrimEnd(' ', ';') + "; frame-ancestors " + settings.FrameAncestors;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = settings.ReferrerPolicy;
            headers["Permissions-Policy"] = settings.PermissionsPolicy;
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            if (settings.FrameAncestors.Trim() == "'none'")
            {
                // Older browsers ignore frame-ancestors; X-Frame-Options only says "never" or "same origin".
                headers.XFrameOptions = "DENY";
            }
            else if (settings.FrameAncestors.Trim() == "'self'")
            {
                headers.XFrameOptions = "SAMEORIGIN";
            }
            if (http.Request.IsHttps)
            {
                headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
            }
            return Task.CompletedTask;
        });
        return next(http);
    }
}
