# The Mesh WebFrontend: REST, the SignalR hub, the clinic page and the dashboard, an Orleans client of the silos.
#   docker build -f deploy/docker/WebFrontend.Dockerfile -t mesh-web .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY deploy/sql/ deploy/sql/
RUN dotnet publish src/WebFrontend -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    Mesh__DataDirectory=/tmp/mesh \
    Mesh__Management__Port=8081 \
    Logging__Console__FormatterName=json \
    Logging__Console__FormatterOptions__IncludeScopes=true
EXPOSE 8080 8081
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD curl -fsS http://127.0.0.1:8080/health/live || exit 1
ENTRYPOINT ["dotnet", "Mesh.WebFrontend.dll"]
