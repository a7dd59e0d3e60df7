using Mesh.Runtime.AdoNet;
using Mesh.Runtime.Diagnostics;
using Mesh.Runtime.Directory;
using Mesh.Runtime.Dispatch;
using Mesh.Runtime.Invocation;
using Mesh.Runtime.Membership;
using Mesh.Runtime.Messaging;
using Mesh.Runtime.Placement;
using Mesh.Runtime.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Hosting;

/// <summary>Makes a silo a member of a cluster: TCP transport, membership, directory and placement.</summary>
public static class ClusterSiloBuilderExtensions
{
    private const string ClusteringDatabaseKey = "mesh-clustering";

    /// <summary>Joins the cluster through the given membership table and grain directory.</summary>
    public static ISiloBuilder UseClustering(
        this ISiloBuilder builder,
        Func<IServiceProvider, IMembershipTable> membershipTable,
        Func<IServiceProvider, IGrainDirectory> grainDirectory)
    {
        var services = builder.Services;
        services.Replace(ServiceDescriptor.Singleton(membershipTable));
        services.Replace(ServiceDescriptor.Singleton(grainDirectory));
        if (services.Any(s => s.ServiceType == typeof(ClusterSiloService)))
        {
            return builder;
        }

        services.AddOptions<ClusterOptions>().ValidateOnStart();
        services.AddOptions<MembershipOptions>().ValidateOnStart();
        services.AddOptions<TransportOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ClusterOptions>, ClusterOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MembershipOptions>, MembershipOptionsValidator>());
        services.TryAddSingleton<TransportInstruments>();
        services.TryAddSingleton<MessageFactory>();
        services.TryAddSingleton<SiloMessaging>();
        services.TryAddSingleton<ISiloProber>(sp => sp.GetRequiredService<SiloMessaging>());
        services.TryAddSingleton(sp => new MembershipView(sp.GetRequiredService<SiloMessaging>().Self));
        services.TryAddSingleton<MembershipWriter>();
        services.TryAddSingleton<MembershipAgent>();
        services.TryAddSingleton<PlacementDirector>();
        services.TryAddSingleton<GrainLocator>();
        services.TryAddSingleton<ClusterState>();
        services.TryAddSingleton<CallRouter>();
        services.TryAddSingleton<IncomingRequestHandler>();
        services.Replace(ServiceDescriptor.Singleton<IGrainCallInvoker, ClusterGrainCallInvoker>());
        services.TryAddSingleton<ClusterSiloService>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<ClusterSiloService>());
        services.AddOptions<ReminderOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ReminderOptions>, ReminderOptionsValidator>());
        services.TryAddSingleton<IReminderTable, InMemoryReminderTable>();
        services.TryAddSingleton<ReminderService>();
        services.TryAddSingleton<IReminderRegistry, ReminderRegistry>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<ReminderService>());
        return builder;
    }

    /// <summary>Joins a cluster whose table and directory live in this process: for tests with several silos in one process.</summary>
    public static ISiloBuilder UseInMemoryClustering(this ISiloBuilder builder, InMemoryMembershipTable membershipTable, InMemoryGrainDirectory grainDirectory) =>
        builder.UseClustering(_ => membershipTable, _ => grainDirectory);

    /// <summary>Joins a cluster whose membership table and directory live in a SQLite file: several processes on one machine.</summary>
    public static ISiloBuilder UseSqliteClustering(this ISiloBuilder builder, string filePath) =>
        builder.UseAdoNetClustering(() => MeshDatabase.ForSqlite(filePath));

    /// <summary>Joins a cluster whose membership table and directory live in PostgreSQL: the production setup.</summary>
    public static ISiloBuilder UsePostgreSqlClustering(this ISiloBuilder builder, string connectionString) =>
        builder.UseAdoNetClustering(() => MeshDatabase.ForPostgreSql(connectionString));

    /// <summary>Keeps durable reminders in the given table (the in-memory default is lost with the process).</summary>
    public static ISiloBuilder UseReminderTable(this ISiloBuilder builder, Func<IServiceProvider, IReminderTable> table)
    {
        builder.Services.Replace(ServiceDescriptor.Singleton(table));
        return builder;
    }

    private static ISiloBuilder UseAdoNetClustering(this ISiloBuilder builder, Func<MeshDatabase> open)
    {
        builder.Services.AddKeyedSingleton(ClusteringDatabaseKey, (_, _) => open());
        builder.Services.Replace(ServiceDescriptor.Singleton<IReminderTable>(
            sp => new AdoNetReminderTable(sp.GetRequiredKeyedService<MeshDatabase>(ClusteringDatabaseKey), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId)));
        return builder.UseClustering(
            sp => new AdoNetMembershipTable(sp.GetRequiredKeyedService<MeshDatabase>(ClusteringDatabaseKey), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId),
            sp => new AdoNetGrainDirectory(sp.GetRequiredKeyedService<MeshDatabase>(ClusteringDatabaseKey), sp.GetRequiredService<IOptions<ClusterOptions>>().Value.ClusterId));
    }

    /// <summary>Changes where the silo listens and which cluster it joins.</summary>
    public static ISiloBuilder ConfigureCluster(this ISiloBuilder builder, Action<ClusterOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Changes how silos watch each other.</summary>
    public static ISiloBuilder ConfigureMembership(this ISiloBuilder builder, Action<MembershipOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>Changes transport limits (frame size, send queue, reconnect backoff).</summary>
    public static ISiloBuilder ConfigureTransport(this ISiloBuilder builder, Action<TransportOptions> configure)
    {
        builder.Services.Configure(configure);
        return builder;
    }
}
