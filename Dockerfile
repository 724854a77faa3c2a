# CroydonBot in a container: built with the .NET SDK image, run on the smaller ASP.NET Core runtime image
# as its non-root "app" user, listening on ASPNETCORE_HTTP_PORTS (8080, the images' default).
#   docker build -t croydonbot .
#   docker compose up        (with PostgreSQL; see compose.yaml and the README's deployment section)

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The build copies Web Chat's bundle from npm into wwwroot/lib (tools/web/package.json pins the version).
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# Restore first, from the project files only, so a code change does not download the packages again.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/CroydonBot/CroydonBot.csproj src/CroydonBot/
RUN dotnet restore src/CroydonBot/CroydonBot.csproj
COPY tools/web/package.json tools/web/package-lock.json tools/web/
RUN cd tools/web && npm ci --no-audit --no-fund --loglevel=error
COPY seeds/ seeds/
COPY dialogs/ dialogs/
COPY src/CroydonBot/ src/CroydonBot/
RUN dotnet publish src/CroydonBot/CroydonBot.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The SQLite file (when PostgreSQL is not configured) and the staff accounts file live in /app/data, owned
# by the non-root user; mount a volume there to keep them.
RUN mkdir -p /app/data && chown "$APP_UID" /app/data && chmod 700 /app/data
USER $APP_UID
# The framework's precompiled (ReadyToRun) code is skipped, so every method is JIT-compiled once, fully optimised
# (tiered compilation is off in the app's runtimeconfig, so precompiled code would never be replaced). Uncached
# turns/s +18% in three back-to-back load-test pairs; start-up to /readyz about 3 s longer (docs/performance.md,
# "Round AF (lead)"). This knob has no runtimeconfig setting: it is read from the environment only.
ENV DOTNET_ReadyToRun=0
VOLUME /app/data
EXPOSE 8080
ENTRYPOINT ["dotnet", "CroydonBot.dll"]
