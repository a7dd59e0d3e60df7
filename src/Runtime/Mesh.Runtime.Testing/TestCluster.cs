using Mesh.Runtime.Hosting;
using Mesh.Runtime.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Mesh.Runtime.Testing;

/// <summary>
/// An in-process silo for tests, started for real (hosted services and all). Grain state defaults to an in-memory
/// store that survives <see cref="RestartSiloAsync"/>, so tests can check what a restart keeps.
/// </summary>
public sealed class TestCluster : IAsyncDisposable
{
    private readonly Action<ISiloBuilder> _configureSilo;
    private readonly Action<IServiceCollection>? _configureServices;
    private readonly MemoryGrainStorage _sharedStorage = new();
    private ServiceProvider? _silo;

    private TestCluster(Action<ISiloBuilder> configureSilo, Action<IServiceCollection>? configureServices)
    {
        _configureSilo = configureSilo;
        _configureServices = configureServices;
    }

    /// <summary>The running silo's services.</summary>
    public IServiceProvider Services => _silo ?? throw new InvalidOperationException("The silo is not running.");

    /// <summary>A grain factory that calls into the running silo.</summary>
    public IGrainFactory GrainFactory => Services.GetRequiredService<IGrainFactory>();

    /// <summary>Starts a one-silo cluster. <paramref name="configureSilo"/> must add the grain assemblies under test.</summary>
    public static async Task<TestCluster> StartAsync(Action<ISiloBuilder> configureSilo, Action<IServiceCollection>? configureServices = null)
    {
        var cluster = new TestCluster(configureSilo, configureServices);
        await cluster.StartSiloAsync();
        return cluster;
    }

    /// <summary>Stops the silo gracefully (state written on deactivation) and starts a new one with the same configuration.</summary>
    public async Task RestartSiloAsync()
    {
        await StopSiloAsync();
        await StartSiloAsync();
    }

    /// <summary>Stops the silo gracefully.</summary>
    public async Task StopSiloAsync()
    {
        if (_silo is null)
        {
            return;
        }

        foreach (var service in _silo.GetServices<IHostedService>().Reverse())
        {
            await service.StopAsync(CancellationToken.None);
        }

        await _silo.DisposeAsync();
        _silo = null;
    }

    private async Task StartSiloAsync()
    {
        var services = new ServiceCollection();
        _configureServices?.Invoke(services);
        services.AddMeshSilo(silo =>
        {
            silo.AddMemoryGrainStorage(GrainStorageNames.Default, _sharedStorage);
            _configureSilo(silo);
        });
        _silo = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var service in _silo.GetServices<IHostedService>())
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => new(StopSiloAsync());
}
