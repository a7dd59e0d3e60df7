using Mesh.Grains.AI;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Grains.Tests.Fakes;

/// <summary>Mesh's AI registrations pointed at a fake server, with a key the tests can look for.</summary>
public static class FakeAi
{
    public const string ApiKey = "sk-test-mesh-1234";

    /// <summary>Settings that configure <paramref name="capabilities"/> (all four when none are named) against <paramref name="server"/>.</summary>
    public static Dictionary<string, string?> Settings(
        FakeOpenAiServer server, double timeoutSeconds = 5, int? maxRetries = null, string model = "fake-model", string? baseUrl = null,
        params string[] capabilities)
    {
        var settings = new Dictionary<string, string?>();
        foreach (var capability in capabilities.Length == 0 ? AiCapabilities.All : capabilities)
        {
            var section = AiCapabilities.SectionOf(capability);
            settings[$"{section}:BaseUrl"] = baseUrl ?? server.BaseUrl;
            settings[$"{section}:Model"] = model;
            settings[$"{section}:ApiKey"] = ApiKey;
            settings[$"{section}:TimeoutSeconds"] = timeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (maxRetries is { } retries)
            {
                settings[$"{section}:MaxRetries"] = retries.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return settings;
    }

    /// <summary>A container with Mesh's AI providers from <paramref name="settings"/>; <paramref name="time"/> replaces the clock of retries and timeouts.</summary>
    public static ServiceProvider Services(Dictionary<string, string?> settings, TimeProvider? time = null)
    {
        var services = new ServiceCollection();
        if (time is not null)
        {
            services.AddSingleton(time);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return services.AddMeshAiProviders(configuration).BuildServiceProvider();
    }

    /// <summary>The chat client of a container made by <see cref="Services"/>.</summary>
    public static IChatClient Chat(this IServiceProvider services) => services.GetRequiredService<IChatClient>();
}
