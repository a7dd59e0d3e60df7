using System.Collections.Concurrent;
using Mesh.Grains.Agents;
using Mesh.Grains.Agents.Tools;
using Mesh.Grains.Tests.Cluster;
using Mesh.Grains.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mesh.Grains.Tests.Agents;

/// <summary>One silo with the two clinics' patients, claims (through the claim grains) and a contract, and a fake OpenAI server that tests configure as the chat model or leave unused.</summary>
public abstract class AgentClusterFixture(bool withModel) : IAsyncLifetime
{
    public FakeOpenAiServer Model { get; } = new();

    public MeshCluster Cluster { get; private set; } = null!;

    public IClusterClient Client => Cluster.Client;

    /// <summary>How often the team's tools read each claim (key: tenant/claim id).</summary>
    public ConcurrentDictionary<string, int> ClaimReads { get; } = new();

    /// <summary>How often the team's tools have read <paramref name="claimId"/> of <paramref name="tenant"/> so far.</summary>
    public int ReadsOf(string tenant, string claimId) => ClaimReads.GetValueOrDefault(TenantKeys.For(tenant, claimId));

    public static AgentCaller Doctor(string tenant = AgentTestData.ClinicA, string user = "dr-a") => new(tenant, user, ["doctor"], "Dr. A");

    public static AgentCaller Billing(string tenant = AgentTestData.ClinicA) => new(tenant, "biller-1", ["billing"], "Biller");

    /// <summary>A new chat opened by <paramref name="caller"/>.</summary>
    public async Task<IAgentTeamGrain> OpenChatAsync(AgentCaller caller)
    {
        var chat = Client.GetGrain<IAgentTeamGrain>(TenantKeys.For(caller.Tenant, Guid.NewGuid().ToString("N")));
        Assert.True(await chat.OpenAsync(caller));
        return chat;
    }

    public async Task InitializeAsync()
    {
        await Model.InitializeAsync();
        var settings = withModel ? FakeAi.Settings(Model, capabilities: [Mesh.Grains.AI.AiCapabilities.Chat]) : [];
        Cluster = await MeshCluster.StartAsync(settings: settings, configure: silo => silo.Services.Replace(ServiceDescriptor.Singleton<IClaimsReader>(
            services => new CountingClaimsReader(new ClaimGrainsReader(services.GetRequiredService<IGrainFactory>()), ClaimReads))));
        await AgentTestData.SeedAsync(Client);
    }

    public async Task DisposeAsync()
    {
        await Cluster.DisposeAsync();
        await Model.DisposeAsync();
    }
}

public sealed class OfflineAgentCluster() : AgentClusterFixture(withModel: false);

public sealed class ModelAgentCluster() : AgentClusterFixture(withModel: true);
