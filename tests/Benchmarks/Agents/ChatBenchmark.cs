using System.Diagnostics;
using System.Globalization;
using Mesh.Grains;
using Mesh.Grains.Agents;
using Mesh.Grains.AI;
using Mesh.Grains.Claims;
using Mesh.Grains.Hosting;
using Mesh.Grains.Patients;
using Mesh.Grains.Tests.Agents;
using Mesh.Grains.Tests.Fakes;
using Mesh.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mesh.Benchmarks.Agents;

/// <summary>
/// Agent team turns on one in-process silo over SQLite with 1,000 patients and 10,000 claims (through the claim grains and
/// their index). Offline: questions across the seven specialists, each timed whole. With the fake OpenAI server as the
/// chat model at a fixed latency per request: Mesh's own time per turn, the turn less the model's fixed latency.
/// Prints: chat: offline_p95_ms=… turn_overhead_p95_ms=… patients=1000 claims=10000
/// </summary>
internal static class ChatBenchmark
{
    private const string Clinic = "bench";
    private const int Patients = 1000;
    private const int Claims = 10_000;
    private const int Warmup = 20;
    private const int Turns = 300;
    private const int ModelTurns = 100;
    private static readonly TimeSpan ModelLatency = TimeSpan.FromMilliseconds(40);

    public static async Task RunAsync(string[] args)
    {
        using var folder = new TempDirectory("mesh-bench-chat-");
        double offline;
        {
            var (host, _) = await BenchmarkSilo.StartAsync(configure: (silo, configuration) => silo.AddMeshClinicSilo(configuration, _ => folder.Path));
            using (host)
            {
                var grains = host.Services.GetRequiredService<IGrainFactory>();
                await SeedAsync(grains);
                offline = await OfflineP95Async(grains);
                await host.StopAsync();
            }
        }

        var model = new FakeOpenAiServer();
        await model.InitializeAsync();
        try
        {
            var settings = FakeAi(model);
            var (host, _) = await BenchmarkSilo.StartAsync(settings, (silo, configuration) => silo.AddMeshClinicSilo(configuration, _ => folder.Path));
            using (host)
            {
                var overhead = await OverheadP95Async(host.Services.GetRequiredService<IGrainFactory>(), model);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"chat: offline_p95_ms={offline:F1} turn_overhead_p95_ms={overhead:F1} patients={Patients} claims={Claims}"));
                await host.StopAsync();
            }
        }
        finally
        {
            await model.DisposeAsync();
        }
    }

    private static async Task SeedAsync(IGrainFactory grains)
    {
        await grains.GetGrain<IContractGrain>(TenantKeys.For(Clinic, "ACME01")).SetRatesAsync([new RateCardEntry("99213", null, 92.50m, new DateOnly(2025, 1, 1), null)]);
        await Parallel.ForEachAsync(Enumerable.Range(0, Patients), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
            await grains.GetGrain<IPatientGrain>(PatientKeys.For(Clinic, PatientId(i))).CreateAsync(
                AgentTestData.Anna with { GivenName = $"Anna{i}", FamilyName = $"Kovacs{i}" }, AgentTestData.AnnaFacts));
        await Parallel.ForEachAsync(Enumerable.Range(0, Claims), new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            var folder = AgentTestData.Claim(ClaimId(i), PatientId(i % Patients), denied: i % 5 == 0);
            var claim = grains.GetGrain<IClaimGrain>(TenantKeys.For(Clinic, folder.Claim.ClaimId));
            await claim.SubmitAsync(folder.Claim);
            foreach (var payment in folder.Remittances)
            {
                await claim.ApplyRemittanceAsync(payment);
            }
        });
    }

    private static async Task<double> OfflineP95Async(IGrainFactory grains)
    {
        var caller = new AgentCaller(Clinic, "bench-admin", ["admin"], "Bench");
        var chat = grains.GetGrain<IAgentTeamGrain>(TenantKeys.For(Clinic, "bench-offline"));
        await chat.OpenAsync(caller);
        var random = new Random(17);
        var latencies = new List<double>();
        for (var i = 0; i < Warmup + Turns; i++)
        {
            var patient = PatientId(random.Next(Patients));
            var claim = ClaimId(random.Next(Claims));
            string question = (i % 7) switch
            {
                0 => $"What allergies does patient {patient} have?",
                1 => $"Who is patient {patient}?",
                2 => $"What is the status of claim {claim} and why was it denied?",
                3 => $"What coverage does patient {patient} have?",
                4 => $"When was patient {patient} last seen for a visit?",
                5 => "What are the ICD-10 codes for type 2 diabetes?",
                _ => $"What is the netdown of claim {claim}?",
            };
            var watch = Stopwatch.StartNew();
            var turn = await chat.AskAsync(caller, new ChatQuestion(question, [], null, false)) ?? throw new InvalidOperationException("The chat refused its owner.");
            watch.Stop();
            if (turn.Kind != AnswerKind.Answered)
            {
                throw new InvalidOperationException($"'{question}' was not answered: {turn.Text}");
            }

            if (i >= Warmup)
            {
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }

            if (i % 50 == 49)
            {
                await chat.ClearAsync(caller);
            }
        }

        return Percentile(latencies, 0.95);
    }

    private static async Task<double> OverheadP95Async(IGrainFactory grains, FakeOpenAiServer model)
    {
        // The model's fixed latency: every request waits the same, so what remains of a turn is Mesh's own.
        model.Responses.Latency = ModelLatency;
        model.Responses.ToolCalls = json =>
        {
            var offered = (json["tools"] as System.Text.Json.Nodes.JsonArray ?? []).Select(t => t!["function"]!["name"]!.GetValue<string>()).ToList();
            if (offered.Contains("choose_specialist"))
            {
                return [new FakeToolCall("choose_specialist", """{"specialist":"clinical_specialist"}""")];
            }

            var answered = (json["messages"] as System.Text.Json.Nodes.JsonArray ?? []).Any(m => m?["role"]?.GetValue<string>() == "tool");
            return answered ? [] : [new FakeToolCall("get_allergies", $$"""{"patient_id":"{{PatientId(7)}}"}""")];
        };
        model.Responses.ToolFreeContentOf = _ => "Anna7 Kovacs7 is allergic to penicillin (rash).";
        var caller = new AgentCaller(Clinic, "bench-doctor", ["doctor"], "Bench");
        var chat = grains.GetGrain<IAgentTeamGrain>(TenantKeys.For(Clinic, "bench-model"));
        await chat.OpenAsync(caller);
        var overheads = new List<double>();
        for (var i = 0; i < Warmup + ModelTurns; i++)
        {
            var before = model.Requests.Count;
            var watch = Stopwatch.StartNew();
            await chat.AskAsync(caller, new ChatQuestion("Is this patient allergic to anything?", [], null, false));
            watch.Stop();
            var requests = model.Requests.Count - before;
            if (i >= Warmup)
            {
                overheads.Add(watch.Elapsed.TotalMilliseconds - (requests * ModelLatency.TotalMilliseconds));
            }

            if (i % 50 == 49)
            {
                await chat.ClearAsync(caller);
            }
        }

        return Percentile(overheads, 0.95);
    }

    private static Dictionary<string, string?> FakeAi(FakeOpenAiServer model) => new()
    {
        [$"{AiCapabilities.SectionOf(AiCapabilities.Chat)}:BaseUrl"] = model.BaseUrl,
        [$"{AiCapabilities.SectionOf(AiCapabilities.Chat)}:Model"] = "fake-model",
        [$"{AiCapabilities.SectionOf(AiCapabilities.Chat)}:ApiKey"] = "sk-bench",
    };

    private static string PatientId(int i) => $"p-{i:D4}";

    private static string ClaimId(int i) => $"CLM-{i:D5}";

    private static double Percentile(List<double> values, double p)
    {
        values.Sort();
        return values[Math.Min(values.Count - 1, (int)Math.Ceiling(p * values.Count) - 1)];
    }
}
