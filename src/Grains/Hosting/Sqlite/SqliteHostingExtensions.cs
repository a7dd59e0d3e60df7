using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Mesh.Grains.Hosting.Sqlite;

/// <summary>Registers Mesh's SQLite grain storage and reminder table on an Orleans silo.</summary>
public static class SqliteHostingExtensions
{
    /// <summary>Adds a SQLite grain storage provider named <paramref name="name"/>.</summary>
    public static ISiloBuilder AddMeshSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteStorageOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.AddMeshSqliteGrainStorage(name, options => options.Configure(configure));
    }

    /// <summary>Adds a SQLite grain storage provider named <paramref name="name"/>, configured through an options builder.</summary>
    public static ISiloBuilder AddMeshSqliteGrainStorage(
        this ISiloBuilder builder, string name, Action<OptionsBuilder<SqliteStorageOptions>>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMeshSqliteGrainStorage(name, configureOptions);
        return builder;
    }

    /// <summary>Adds the default grain storage provider (used by grains that name none) on SQLite.</summary>
    public static ISiloBuilder AddMeshSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteStorageOptions> configure) =>
        builder.AddMeshSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>Adds the default grain storage provider on SQLite, configured through an options builder.</summary>
    public static ISiloBuilder AddMeshSqliteGrainStorageAsDefault(
        this ISiloBuilder builder, Action<OptionsBuilder<SqliteStorageOptions>>? configureOptions = null) =>
        builder.AddMeshSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configureOptions);

    /// <summary>
    /// Adds a SQLite grain storage provider named <paramref name="name"/>: a keyed <see cref="IGrainStorage"/> that
    /// takes part in the silo lifecycle, named options (validated at silo start) whose serializer defaults to the
    /// silo's <see cref="IGrainStorageSerializer"/>.
    /// </summary>
    public static IServiceCollection AddMeshSqliteGrainStorage(
        this IServiceCollection services, string name, Action<OptionsBuilder<SqliteStorageOptions>>? configureOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        configureOptions?.Invoke(services.AddOptions<SqliteStorageOptions>(name));
        services.TryAddSingleton<SqliteDatabaseRegistry>();
        services.ConfigureNamedOptionForLogging<SqliteStorageOptions>(name);
        services.AddTransient<IPostConfigureOptions<SqliteStorageOptions>, DefaultStorageProviderSerializerOptionsConfigurator<SqliteStorageOptions>>();
        services.AddTransient<IConfigurationValidator>(sp =>
            new SqliteStorageOptionsValidator(sp.GetRequiredService<IOptionsMonitor<SqliteStorageOptions>>().Get(name), name));
        return services.AddGrainStorage(name, SqliteGrainStorageFactory.Create);
    }

    /// <summary>Uses the SQLite reminder table for Orleans reminders (and adds the reminder service).</summary>
    public static ISiloBuilder UseMeshSqliteReminders(this ISiloBuilder builder, Action<SqliteReminderTableOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return builder.UseMeshSqliteReminders(options => options.Configure(configure));
    }

    /// <summary>Uses the SQLite reminder table for Orleans reminders, configured through an options builder.</summary>
    public static ISiloBuilder UseMeshSqliteReminders(this ISiloBuilder builder, Action<OptionsBuilder<SqliteReminderTableOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.UseMeshSqliteReminders(configureOptions);
        return builder;
    }

    /// <summary>
    /// Adds Orleans' reminder service with <see cref="SqliteReminderTable"/> as its <see cref="IReminderTable"/>, and
    /// validates <see cref="SqliteReminderTableOptions"/> at silo start.
    /// </summary>
    public static IServiceCollection UseMeshSqliteReminders(this IServiceCollection services, Action<OptionsBuilder<SqliteReminderTableOptions>> configureOptions)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configureOptions);
        services.AddReminders();
        configureOptions(services.AddOptions<SqliteReminderTableOptions>());
        services.TryAddSingleton<SqliteDatabaseRegistry>();
        services.AddSingleton<IReminderTable>(sp => new SqliteReminderTable(
            sp.GetRequiredService<IOptions<SqliteReminderTableOptions>>(),
            sp.GetRequiredService<IOptions<ClusterOptions>>(),
            sp.GetRequiredService<SqliteDatabaseRegistry>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILogger<SqliteReminderTable>>()));
        services.AddSingleton<IConfigurationValidator, SqliteReminderTableOptionsValidator>();
        return services;
    }
}
