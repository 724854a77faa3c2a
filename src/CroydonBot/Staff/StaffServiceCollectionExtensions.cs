using System.Security.Claims;
using CroydonBot.Knowledge;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Mvc.ApplicationParts;
using Microsoft.Extensions.Options;

namespace CroydonBot.Staff;

/// <summary>
/// Registers the staff area at /staff: cookie sign-in (local accounts, or OpenID Connect when configured),
/// the two role policies, the Razor Pages, the CSV exports, the audit log and the daily retention job.
/// </summary>
public static class StaffServiceCollectionExtensions
{
    public static IServiceCollection AddStaff(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section).ValidateOnStart();
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateOnStart();
        var staff = configuration.GetSection(StaffOptions.Section).Get<StaffOptions>() ?? new StaffOptions();

        var authentication = services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            if (staff.Oidc.IsConfigured)
            {
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            }
        });
        authentication.AddCookie(options =>
        {
            options.Cookie.Name = "croydonbot-staff";
            options.Cookie.Path = "/staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Strict keeps the session out of every cross-site request. OpenID Connect returns from the identity
            // provider by a cross-site POST, and a Strict cookie set there would be withheld on the next page,
            // so that one set-up uses Lax; the anti-forgery token still guards every form.
            options.Cookie.SameSite = staff.Oidc.IsConfigured ? SameSiteMode.Lax : SameSiteMode.Strict;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(staff.IdleTimeoutMinutes);
            options.SlidingExpiration = true;
            options.LoginPath = "/staff/sign-in";
            options.LogoutPath = "/staff/sign-out";
            options.Events.OnRedirectToLogin = context =>
            {
                // Browsers asking for a page are sent to sign in; downloads and form posts get a plain 401.
                if (HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/staff/export"))
                {
                    context.Response.Redirect(context.RedirectUri);
                }
                else
                {
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                }
                return Task.CompletedTask;
            };
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // Signed in but without the role: say so (403) rather than send them to a sign-in page again.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        if (staff.Oidc.IsConfigured)
        {
            authentication.AddOpenIdConnect(options => ConfigureOidc(options, staff.Oidc));
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.StaffPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Staff, StaffRoles.Manager))
            .AddPolicy(StaffRoles.ManagerPolicy, policy => policy.RequireAuthenticatedUser().RequireRole(StaffRoles.Manager));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "croydonbot-staff-af";
            options.Cookie.Path = "/staff";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.FormFieldName = "__RequestVerificationToken";
        });
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Staff", StaffRoles.StaffPolicy);
            options.Conventions.AllowAnonymousToPage("/Staff/SignIn");
            options.Conventions.AuthorizePage("/Staff/Audit", StaffRoles.ManagerPolicy);
            options.Conventions.AuthorizePage("/Staff/Feedback/Delete", StaffRoles.ManagerPolicy);
        }).ConfigureApplicationPartManager(parts =>
        {
            // Pages are found in the entry assembly by default; when the app is hosted by another program
            // (the test host, a tool) that is not this assembly, so name it explicitly, once.
            var assembly = typeof(StaffRoles).Assembly;
            foreach (var part in ApplicationPartFactory.GetApplicationPartFactory(assembly).GetApplicationParts(assembly))
            {
                if (!parts.ApplicationParts.Any(p => p.GetType() == part.GetType() && p.Name == part.Name))
                {
                    parts.ApplicationParts.Add(part);
                }
            }
        });

        services.AddSingleton<StaffAccountStore>();
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<IStaffQueries, SqlStaffQueries>();
        services.AddSingleton<IStaffAudit, SqlStaffAudit>();
        services.AddSingleton<IPassageQuestionSource, ApprovedPhrasingSource>();
        services.AddSingleton(sp => new UnansweredGrouper(sp.GetRequiredService<IQuestionTerms>()));
        services.AddSingleton<RetentionJob>();
        services.AddHostedService<RetentionService>();
        return services;
    }

    /// <summary>Signs staff in and out, serves the pages and the exports. Call after the exception handler.</summary>
    public static WebApplication MapStaff(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments("/staff"), staff => staff.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // No scripts at all, nothing framed, nothing cached: the pages show what young people wrote.
            headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            // "no-cache, no-store" is also what anti-forgery requires, so it does not override (and warn about) it.
            headers.CacheControl = "no-cache, no-store";
            headers.Pragma = "no-cache";
            await next(context);
        }));
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapRazorPages();
        app.MapStaffExports();
        return app;
    }

    private static void ConfigureOidc(OpenIdConnectOptions options, StaffOidcOptions oidc)
    {
        options.Authority = oidc.Authority;
        options.ClientId = oidc.ClientId;
        options.ClientSecret = oidc.ClientSecret;
        options.CallbackPath = oidc.CallbackPath;
        options.SignedOutCallbackPath = "/staff/signout-callback-oidc";
        options.RequireHttpsMetadata = oidc.RequireHttpsMetadata;
        options.ResponseType = "code";
        options.UsePkce = true;
        options.MapInboundClaims = false;
        options.Scope.Add("profile");
        options.TokenValidationParameters.NameClaimType = "preferred_username";
        options.TokenValidationParameters.RoleClaimType = ClaimTypes.Role;
        options.Events.OnRemoteFailure = context =>
        {
            // A refused or broken sign-in (no staff role, cancelled at the provider, expired state) is a message
            // on the sign-in page, not an error page; the reason goes to the log for whoever runs the app.
            context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffServiceCollectionExtensions))
                .LogWarning(context.Failure, "OpenID Connect sign-in failed");
            context.Response.Redirect("/staff/sign-in?failed=1");
            context.HandleResponse();
            return Task.CompletedTask;
        };
        options.Events.OnTokenValidated = async context =>
        {
            var identity = (ClaimsIdentity)context.Principal!.Identity!;
            var values = identity.FindAll(oidc.RoleClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
            var role = values.Contains(oidc.ManagerRoleValue) ? StaffRoles.Manager : values.Contains(oidc.StaffRoleValue) ? StaffRoles.Staff : null;
            var audit = context.HttpContext.RequestServices.GetRequiredService<IStaffAudit>();
            var name = identity.Name ?? "unknown";
            if (role is null)
            {
                await audit.WriteAsync(name, AuditActions.SignInFailed, "staff-area", "OpenID Connect: no staff role", context.HttpContext.RequestAborted);
                context.Fail("This account has no CroydonBot staff role.");
                return;
            }
            identity.AddClaim(new Claim(ClaimTypes.Role, role));
            await audit.WriteAsync(name, AuditActions.SignIn, "staff-area", $"OpenID Connect as {role}", context.HttpContext.RequestAborted);
        };
    }
}
