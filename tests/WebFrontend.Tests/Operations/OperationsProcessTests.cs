using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using Mesh.WebFrontend.Tests.FirstRun;
using Mesh.WebFrontend.Tests.Infrastructure;
using Mesh.WebFrontend.Tests.Scribe;

namespace Mesh.WebFrontend.Tests.Operations;

/// <summary>
/// The WebFrontend as a container runs it: the built dll, settings from environment variables, JSON console logs.
/// A full visit runs through it; its logs and its /metrics (on the management port) are read as an operator reads them.
/// </summary>
public sealed class OperationsProcessTests : IDisposable
{
    private const string GivenName = "Zsófia";
    private const string FamilyName = "Ördögh-Baranyai";
    private const string BirthDate = "1971-03-09";
    private const string CorrelationId = "visit-corr-8c1f37";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_full_visit_logs_json_with_the_correlation_id_and_never_the_patients_name_birth_date_or_the_token()
    {
        var management = FreePort();
        await using var mesh = await StartAsync(new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
            // Everything Mesh itself logs, down to Debug, so a leak at any level is found.
            ["Logging__LogLevel__Mesh"] = "Debug",
            ["Mesh__Management__Port"] = management.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var http = new HttpClient { BaseAddress = mesh.Address };
        var token = await DevTokenAsync(http);
        var scribe = new ScribeClient(http, (_, _) => token);

        var create = new HttpRequestMessage(HttpMethod.Post, "/api/v1/patients")
        {
            Content = JsonContent.Create(new { givenName = GivenName, familyName = FamilyName, birthDate = BirthDate, sex = "female", language = "en" }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        create.Headers.Add("X-Correlation-ID", CorrelationId);
        var created = await http.SendAsync(create);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var patientId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var draft = await scribe.DraftAsync(patientId, $"Doctor: Good morning {GivenName}, you were born on {BirthDate}?\n{ScribeClient.EnglishVisit}");
        var signed = await scribe.FinalizeAsync(draft);
        Assert.True(signed.IsSuccessStatusCode, await signed.Content.ReadAsStringAsync());
        var reportId = (await signed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reportId").GetString();
        Assert.Equal(HttpStatusCode.OK, (await scribe.GetAsync($"/api/v1/reports/{reportId}/pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await scribe.GetAsync($"/api/v1/patients/{patientId}")).StatusCode);

        // The request's lines carry the correlation id the audit log records, as a JSON scope.
        var lines = await WaitForLogLineAsync(mesh, line => line.Contains(CorrelationId, StringComparison.Ordinal));
        var logged = lines.Select(line => JsonDocument.Parse(line)).ToList();
        Assert.Contains(logged, entry => entry.RootElement.TryGetProperty("Scopes", out var scopes)
            && scopes.EnumerateArray().Any(scope => scope.ValueKind == JsonValueKind.Object
                && scope.TryGetProperty("CorrelationId", out var id) && id.GetString() == CorrelationId));

        var output = mesh.Output;
        Assert.DoesNotContain(GivenName, output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(FamilyName, output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(BirthDate, output, StringComparison.Ordinal);
        Assert.DoesNotContain("09/03/1971", output, StringComparison.Ordinal);
        Assert.DoesNotContain("03/09/1971", output, StringComparison.Ordinal);
        Assert.DoesNotContain(token, output, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split('.')[2], output, StringComparison.Ordinal);

        // The visit shows in Mesh's meters, on the management port only.
        using var scrape = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{management}") };
        var metrics = await scrape.GetStringAsync("/metrics");
        Assert.True(MetricValue(metrics, "mesh_drafts_total") == 1, metrics);
        Assert.True(MetricValue(metrics, "mesh_reports_signed_total") == 1, metrics);
        Assert.True(MetricValue(metrics, "mesh_draft_duration_seconds_count") == 1, metrics);
        Assert.Contains("orleans_", metrics, StringComparison.Ordinal);
        Assert.Contains("http_server_request_duration_seconds", metrics, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/metrics")).StatusCode);
    }

    [Fact]
    public async Task Starting_without_local_mode_or_sign_in_settings_names_every_missing_setting_in_one_message_and_exits_non_zero()
    {
        var (exitCode, output) = await RunToEndAsync([], new Dictionary<string, string>());

        Assert.Equal(2, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var message = Assert.Single(lines);
        Assert.Contains("Mesh:Auth:Issuer", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Auth:Audience", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Auth:PublicKeyFiles", message, StringComparison.Ordinal);
        Assert.Contains("--Mesh:LocalMode=true", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Starting_with_wrong_storage_cluster_port_and_typed_settings_names_all_of_them_and_exits_non_zero()
    {
        var (exitCode, output) = await RunToEndAsync(
            ["--Mesh:LocalMode=true"],
            new Dictionary<string, string>
            {
                ["Mesh__Storage__Provider"] = "Oracle",
                ["Mesh__Cluster__Provider"] = "Zookeeper",
                ["Mesh__Management__Port"] = "ninety",
                ["Mesh__AI__Chat__TimeoutSeconds"] = "soon",
                ["Mesh__Live__FollowRenewal"] = "often",
                ["Mesh__Limits__PermitsPerWindow"] = "plenty",
                ["Mesh__Cors__AllowedOrigins__0"] = "https://clinic.example",
                ["Mesh__Live__DetailedErrors"] = "sometimes",
            });

        Assert.Equal(2, exitCode);
        var message = Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Mesh:Storage:Provider must be Sqlite or PostgreSql, not 'Oracle'", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Cluster:Provider must be None or PostgreSql, not 'Zookeeper'", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Management:Port must be a port number", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:AI:Chat:TimeoutSeconds", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Live:FollowRenewal must be a duration such as 00:00:30 (hh:mm:ss), not 'often'.", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Limits:PermitsPerWindow must be a whole number, not 'plenty'.", message, StringComparison.Ordinal);
        Assert.Contains("Mesh:Live:DetailedErrors must be true or false, not 'sometimes'.", message, StringComparison.Ordinal);
        Assert.DoesNotContain("AllowedOrigins", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    private async Task<MeshProcess> StartAsync(Dictionary<string, string> environment)
    {
        Assert.True(File.Exists(MeshProcess.WebFrontendDll), $"{MeshProcess.WebFrontendDll} is not built.");
        environment["Mesh__LocalMode"] = "true";
        environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        environment["Mesh__DataDirectory"] = Path.Combine(_folder.Path, "data");
        return await MeshProcess.StartAsync(_folder.Path, [MeshProcess.WebFrontendDll], environment);
    }

    private async Task<(int ExitCode, string Output)> RunToEndAsync(string[] arguments, Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet", [MeshProcess.WebFrontendDll, .. arguments])
        {
            WorkingDirectory = _folder.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        return (process.ExitCode, await stdout + await stderr);
    }

    private static async Task<string> DevTokenAsync(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { tenant = "clinic-a", userId = "dr-house", roles = new[] { "doctor" }, name = "Dr. House" });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    private static async Task<List<string>> WaitForLogLineAsync(MeshProcess mesh, Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var found = mesh.Output.Split('\n').Where(line => line.StartsWith('{') && match(line)).ToList();
            if (found.Count > 0 || DateTime.UtcNow > deadline)
            {
                Assert.True(found.Count > 0, $"No JSON log line matched:\n{mesh.Output}");
                return found;
            }

            await Task.Delay(100);
        }
    }

    /// <summary>The value of a Prometheus sample without labels of its own (the exporter adds otel_scope_* labels).</summary>
    private static double? MetricValue(string metrics, string name) => metrics.Split('\n')
        .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) || line.StartsWith(name + " ", StringComparison.Ordinal))
        .Select(line => double.Parse(line[(line.LastIndexOf(' ') + 1)..], System.Globalization.CultureInfo.InvariantCulture))
        .Cast<double?>()
        .FirstOrDefault();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
