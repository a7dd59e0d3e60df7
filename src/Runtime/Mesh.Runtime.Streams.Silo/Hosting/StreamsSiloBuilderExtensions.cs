using System.Reflection;
using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Hosting;
using Mesh.Runtime.Streams.Delivery;
using Mesh.Runtime.Streams.Diagnostics;
using Mesh.Runtime.Streams.Providers;
using Mesh.Runtime.Streams.Queue;
using Mesh.Runtime.Streams.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Streams.Hosting;

/// <summary>Stream providers and implicit subscriptions for a silo.</summary>
public static class StreamsSiloBuilderExtensions
{
    /// <summary>
    /// Adds a memory stream provider: ordered per stream, <c>OnNextAsync</c> completes when every live subscription
    /// handled the event, nothing survives a restart. For UI events where loss on a crash is acceptable.
    /// </summary>
    public static ISiloBuilder AddMemoryStreams(this ISiloBuilder builder, string name, Action<StreamProviderOptions>? configure = null) =>
        builder.AddStreams(name, configure, _ => new MemoryStreamStore(name));

    /// <summary>
    /// Adds a durable stream provider on <paramref name="database"/>: each event is stored before <c>OnNextAsync</c>
    /// completes, and after a restart delivery resumes from each subscription's last acknowledged event.
    /// </summary>
    public static ISiloBuilder AddDurableStreams(
        this ISiloBuilder builder, string name, Func<IServiceProvider, MeshDatabase> database, Action<StreamProviderOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        builder.Services.AddKeyedSingleton(StoreKey(name), (services, _) => database(services));
        return builder.AddStreams(
            name,
            configure,
            services => new AdoStreamStore(
                services.GetRequiredKeyedService<MeshDatabase>(StoreKey(name)),
                name,
                services.GetRequiredService<IOptionsMonitor<StreamProviderOptions>>().Get(name).MaxWriteBatch,
                services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AdoStreamStore))));
    }

    /// <summary>Adds a durable stream provider in a SQLite file (created with its folder if missing).</summary>
    public static ISiloBuilder AddSqliteStreams(this ISiloBuilder builder, string name, string filePath, Action<StreamProviderOptions>? configure = null) =>
        builder.AddDurableStreams(name, _ => MeshDatabase.ForSqlite(filePath), configure);

    /// <summary>Adds a durable stream provider in PostgreSQL.</summary>
    public static ISiloBuilder AddPostgreSqlStreams(this ISiloBuilder builder, string name, string connectionString, Action<StreamProviderOptions>? configure = null) =>
        builder.AddDurableStreams(name, _ => MeshDatabase.ForPostgreSql(connectionString), configure);

    /// <summary>Lets the grain classes of <paramref name="assemblies"/> that carry <see cref="ImplicitStreamSubscriptionAttribute"/> follow their namespaces.</summary>
    public static ISiloBuilder AddImplicitStreamSubscriptions(this ISiloBuilder builder, params Assembly[] assemblies)
    {
        foreach (var assembly in assemblies)
        {
            builder.Services.AddSingleton(new ImplicitSubscriptionAssembly(assembly));
        }

        return builder;
    }

    private static ISiloBuilder AddStreams(
        this ISiloBuilder builder, string name, Action<StreamProviderOptions>? configure, Func<IServiceProvider, IStreamStore> store)
    {
        StreamProviderNames.Validate(name);

        var services = builder.Services;
        if (services.Any(d => d.IsKeyedService && d.ServiceType == typeof(IStreamProvider) && Equals(d.ServiceKey, name)))
        {
            throw new InvalidOperationException($"A stream provider named '{name}' is already registered.");
        }

        AddSharedServices(builder);
        services.AddOptions<StreamProviderOptions>(name).Configure(configure ?? (_ => { })).ValidateOnStart();
        services.AddKeyedSingleton(name, (sp, _) => store(sp));
        services.AddKeyedSingleton(name, (sp, _) => new StreamProviderRuntime(
            name,
            sp.GetRequiredService<IOptionsMonitor<StreamProviderOptions>>().Get(name),
            sp.GetRequiredKeyedService<IStreamStore>(name),
            sp.GetRequiredService<StreamPayloadCodec>(),
            sp.GetRequiredService<StreamHandlerRegistry>(),
            sp.GetRequiredService<DeliveryTargetResolver>(),
            sp.GetRequiredService<ImplicitSubscriptionCatalog>(),
            sp.GetRequiredService<StreamInstruments>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StreamQueueGrain))));
        services.AddKeyedSingleton<IStreamProvider>(name, (sp, _) =>
            new StreamProvider(sp.GetRequiredKeyedService<StreamProviderRuntime>(name), sp.GetRequiredService<IGrainFactory>()));

        // Not AddHostedService: it keeps one registration per implementation type, and each provider needs its own.
        // Building the provider's runtime here also validates its options when the silo starts, not at first use.
        services.AddSingleton<IHostedService>(sp => new StreamRecoveryService(
            sp.GetRequiredKeyedService<StreamProviderRuntime>(name),
            sp.GetRequiredService<IGrainFactory>(),
            sp.GetRequiredService<ILogger<StreamRecoveryService>>()));

        return builder;
    }

    private static void AddSharedServices(ISiloBuilder builder)
    {
        var services = builder.Services;
        builder.AddGrains(typeof(StreamQueueGrain).Assembly);
        // This silo may receive deliveries of event types its own code never used (it hosts a subscriber grain, or
        // passes a delivery on to a client), so it must read any of them off the wire.
        StreamDeliveryRequests.RegisterResolver();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StreamProviderOptions>, StreamProviderOptionsValidator>());
        services.TryAddSingleton<StreamPayloadCodec>();
        services.TryAddSingleton<StreamHandlerRegistry>();
        services.TryAddSingleton<DeliveryTargetResolver>();
        services.TryAddSingleton<ImplicitSubscriptionCatalog>();
        services.TryAddSingleton<StreamInstruments>();
    }

    private static string StoreKey(string name) => "streams:" + name;
}
