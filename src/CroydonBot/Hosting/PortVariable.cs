namespace CroydonBot.Hosting;

/// <summary>
/// Honours the PORT variable that App Service, Cloud Run and Heroku-style hosts set, when nothing more
/// specific says where to listen. ASPNETCORE_URLS, --urls and ASPNETCORE_HTTP_PORTS/HTTPS_PORTS work
/// as ASP.NET Core defines them and win over PORT; appsettings.json sets no Urls so none of them is overridden.
/// </summary>
public static class PortVariable
{
    public static WebApplicationBuilder UsePortVariable(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (!string.IsNullOrWhiteSpace(configuration["urls"]) ||
            !string.IsNullOrWhiteSpace(configuration["http_ports"]) ||
            !string.IsNullOrWhiteSpace(configuration["https_ports"]))
        {
            return builder;
        }
        if (int.TryParse(Environment.GetEnvironmentVariable("PORT"), out var port) && port is > 0 and <= 65535)
        {
            builder.WebHost.UseUrls($"http://*:{port}");
        }
        return builder;
    }
}
