# The Mesh silo: Orleans grains, their storage and the AI providers. Build from the repository root:
#   docker build -f deploy/docker/Silo.Dockerfile -t mesh-silo .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY Directory.Build.props Directory.Packages.props ./
COPY src/ src/
COPY deploy/sql/ deploy/sql/
RUN dotnet publish src/Silo -c Release -o /app --nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# ffmpeg decodes the browser's WebM/Opus audio and converts uploads; espeak-ng speaks translations when no
# text-to-speech endpoint is configured; curl answers the health check; libgomp1 is whisper.cpp's OpenMP runtime.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg espeak-ng libgomp1 curl \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app ./
# The silo writes nothing but /tmp (mounted as tmpfs when the root filesystem is read-only) and, with SQLite, its
# data folder; in a cluster its state is in PostgreSQL.
ENV Mesh__DataDirectory=/tmp/mesh \
    Mesh__Management__Port=8081 \
    Logging__Console__FormatterName=json \
    Logging__Console__FormatterOptions__IncludeScopes=true
EXPOSE 11111 30000 8081
USER $APP_UID
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 CMD curl -fsS http://127.0.0.1:8081/health/live || exit 1
ENTRYPOINT ["dotnet", "Mesh.Silo.dll"]
