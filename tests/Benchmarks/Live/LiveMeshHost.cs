using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Mesh.TestSupport;
using Mesh.WebFrontend.Cluster;
using Mesh.WebFrontend.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Mesh.Benchmarks.Live;

/// <summary>
/// Mesh in local mode (one silo, SQLite) on Kestrel on a loopback port, inside this process, in a fresh folder:
/// each step of the benchmark starts from an empty database with no encounters left over from the last one. With
/// Mesh:Cluster settings it is a cluster client of separate silos instead (the failover benchmark).
/// </summary>
internal sealed class LiveMeshHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly TempDirectory _folder;
    private readonly StoppingFlag _stopping;

    private LiveMeshHost(WebApplication app, TempDirectory folder, StoppingFlag stopping, Uri baseAddress)
    {
        _app = app;
        _folder = folder;
        _stopping = stopping;
        BaseAddress = baseAddress;
        Http = new HttpClient { BaseAddress = baseAddress };
    }

    /// <summary>The clinic (tenant) of the doctor and patient that <see cref="ClinicAsync"/> sets up.</summary>
    public const string Tenant = "bench";

    public Uri BaseAddress { get; }

    public Uri Hub => new(BaseAddress, "/hubs/encounters");

    /// <summary>The WebFrontend's services, e.g. its grain factory (the local silo's, or its cluster client's).</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>For negotiation and the REST calls that set a step up.</summary>
    public HttpClient Http { get; }

    public static async Task<LiveMeshHost> StartAsync(IReadOnlyDictionary<string, string?> settings)
    {
        var folder = new TempDirectory("mesh-bench-live-");
        // An empty web root: the clinic page is not part of the benchmark, and a missing one only earns a warning.
        Directory.CreateDirectory(folder.Combine("wwwroot"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = folder.Path, EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings)
        {
            ["Mesh:LocalMode"] = "true",
            ["Mesh:DataDirectory"] = folder.Combine("data"),
            ["Mesh:Limits:PermitsPerWindow"] = "1000000",
            // One doctor runs every encounter of the benchmark, so the per-user and per-clinic caps are lifted.
            ["Mesh:Live:MaxEncountersPerUser"] = "100000",
            ["Mesh:Live:MaxEncountersPerClinic"] = "100000",
        });
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var stopping = new StoppingFlag();
        builder.Logging.AddFilter((_, _, level) => level >= LogLevel.Warning && !stopping.IsSet);
        // On stderr: stdout carries only the benchmark's figures.
        builder.Services.Configure<ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.AddMeshWebFrontend();
        builder.AddMeshLocalSilo();
        var app = builder.Build();
        app.MapMeshWebFrontend();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LiveMeshHost(app, folder, stopping, new Uri(address));
    }

    /// <summary>
    /// Stops logging. Closing the clients and stopping the silo with audio still queued (past saturation) logs every
    /// interrupted call; by then the step's figures are taken, so those lines would only bury them.
    /// </summary>
    public void Silence() => _stopping.IsSet = true;

    /// <summary>A doctor's token and a patient of that clinic.</summary>
    public async Task<(string Token, string PatientId)> ClinicAsync()
    {
        var tokenResponse = await Http.PostAsJsonAsync("/api/v1/dev/token", new { tenant = Tenant, userId = "dr-bench", roles = new[] { "doctor" }, name = "Dr Bench" });
        tokenResponse.EnsureSuccessStatusCode();
        var token = (await tokenResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/patients")
        {
            Content = JsonContent.Create(new { givenName = "Bench", familyName = "Patient", birthDate = "1970-01-01", sex = "female", language = "en" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var patientResponse = await Http.SendAsync(request);
        patientResponse.EnsureSuccessStatusCode();
        var patientId = (await patientResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        return (token, patientId);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        Silence();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }

    private sealed class StoppingFlag
    {
        private volatile bool _set;

        public bool IsSet
        {
            get => _set;
            set => _set = value;
        }
    }
}
