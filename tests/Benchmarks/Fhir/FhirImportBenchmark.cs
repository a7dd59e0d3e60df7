using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Mesh.Benchmarks.Scribe;
using Mesh.TestSupport;

namespace Mesh.Benchmarks.Fhir;

/// <summary>
/// Synthea R4 transaction bundles posted to POST /api/v1/fhir of the WebFrontend in local mode (SQLite), one after
/// another, each copy a new patient; then GET $everything of those patients. With <c>--hand-off</c> the importer also
/// bills, so each bundle's Claims and EOBs go to the claim grains too (as they do from the clinic's signed webhook).
/// Prints: fhir-import: resources_per_s=… bundles=… entries=… everything_p95_ms=…
/// </summary>
internal static partial class FhirImportBenchmark
{
    private const int Copies = 10;
    private const int WarmupBundles = 2;
    private const int EverythingReads = 200;

    public static async Task RunAsync(string[] args)
    {
        var handOff = args.Contains("--hand-off");
        var copies = args.Where(a => a != "--hand-off").Select(a => int.Parse(a, CultureInfo.InvariantCulture)).DefaultIfEmpty(Copies).First();
        var sources = SyntheaBundles();
        using var folder = new TempDirectory("mesh-bench-");
        await using var web = await WebFrontendProcess.StartAsync(folder.Path);
        using var http = new HttpClient { BaseAddress = web.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(http, handOff));

        for (var i = 0; i < WarmupBundles; i++)
        {
            await ImportAsync(http, Renamed(sources[i % sources.Count]).Bundle);
        }

        var bundles = Enumerable.Range(0, copies * sources.Count).Select(i => Renamed(sources[i % sources.Count])).ToList();
        var entries = bundles.Sum(b => b.Entries);
        var watch = Stopwatch.StartNew();
        foreach (var (bundle, _, _) in bundles)
        {
            await ImportAsync(http, bundle);
        }

        watch.Stop();
        var latencies = new List<double>();
        for (var i = 0; i < EverythingReads; i++)
        {
            var read = Stopwatch.StartNew();
            using var response = await http.GetAsync($"/api/v1/fhir/Patient/{bundles[i % bundles.Count].PatientId}/$everything");
            await response.Content.ReadAsByteArrayAsync();
            read.Stop();
            response.EnsureSuccessStatusCode();
            latencies.Add(read.Elapsed.TotalMilliseconds);
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fhir-import: resources_per_s={entries / watch.Elapsed.TotalSeconds:F0} bundles={bundles.Count} entries={entries} everything_p95_ms={latencies[(int)Math.Ceiling(0.95 * latencies.Count) - 1]:F1}"));
    }

    private static async Task ImportAsync(HttpClient http, string bundle)
    {
        using var content = new StringContent(bundle, Encoding.UTF8, "application/fhir+json");
        using var response = await http.PostAsync("/api/v1/fhir", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Import failed with {(int)response.StatusCode}: {body[..Math.Min(body.Length, 500)]}");
        }
    }

    /// <summary>The bundle with every uuid replaced consistently, so each copy is a patient of its own.</summary>
    private static (string Bundle, string PatientId, int Entries) Renamed(string source)
    {
        var renamed = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var bundle = Uuid().Replace(source, m => renamed.TryGetValue(m.Value, out var id) ? id : renamed[m.Value] = Guid.NewGuid().ToString());
        var root = JsonDocument.Parse(bundle).RootElement;
        var entries = root.GetProperty("entry");
        var patient = entries.EnumerateArray().First(e => e.GetProperty("resource").GetProperty("resourceType").GetString() == "Patient");
        return (bundle, patient.GetProperty("resource").GetProperty("id").GetString()!, entries.GetArrayLength());
    }

    private static List<string> SyntheaBundles()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "WebFrontend.Tests", "Fhir", "Synthea");
        return [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Mesh.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Mesh.sln was not found above the benchmark's folder.");
    }

    private static async Task<string> TokenAsync(HttpClient http, bool handOff)
    {
        string[] roles = handOff ? ["doctor", "billing"] : ["doctor"];
        var response = await http.PostAsJsonAsync("/api/v1/dev/token", new { tenant = "bench", userId = "dr-bench", roles });
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Uuid();
}
