using Mesh.Grains.Database;
using Mesh.Grains.Hosting.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Dashboard;
using Orleans.Hosting;
using Orleans.Runtime;

namespace Mesh.Grains.Hosting;

/// <summary>A complete Mesh silo from configuration: the clinical grains, their state and reminders on the configured database.</summary>
public static class MeshSiloHostExtensions
{
    /// <summary>The ADO.NET invariant Orleans' providers use for PostgreSQL.</summary>
    public const string PostgreSqlInvariant = "Npgsql";

    /// <summary>
    /// Adds Mesh's grains with one <see cref="MeshDatabase"/> (from "Mesh:Storage") for reports, audit and encounter
    /// audio; grain state and reminders go to the same database: Mesh's own SQLite storage, or Orleans' ADO.NET providers
    /// on PostgreSQL. <paramref name="dataDirectory"/> resolves the default SQLite file.
    /// </summary>
    public static ISiloBuilder AddMeshClinicSilo(this ISiloBuilder silo, IConfiguration configuration, Func<IServiceProvider, string> dataDirectory)
    {
        var storage = configuration.GetSection(MeshStorageOptions.SectionName).Get<MeshStorageOptions>() ?? new MeshStorageOptions();
        silo.Services.AddOptions<MeshStorageOptions>().BindConfiguration(MeshStorageOptions.SectionName);
        silo.Services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<MeshStorageOptions>>().Value.Open(dataDirectory(sp)));
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>, DatabaseSchemaInstaller>();

        // Traces follow a request into the grains it calls; the dashboard's grains collect every silo's statistics.
        silo.AddActivityPropagation();
        silo.AddDashboard();
        silo.AddIncomingGrainCallFilter<Telemetry.CorrelationLogScope>();

        // Grain state is stored as JSON: readable in the database, and the records Mesh keeps are plain data.
        silo.UseSystemTextJsonGrainStorageSerializer();
        silo.AddMeshGrains(configuration);
        if (storage.IsPostgreSql)
        {
            var connectionString = storage.RequiredConnectionString();
            silo.AddAdoNetGrainStorageAsDefault(options =>
            {
                options.Invariant = PostgreSqlInvariant;
                options.ConnectionString = connectionString;
            });
            silo.UseAdoNetReminderService(options =>
            {
                options.Invariant = PostgreSqlInvariant;
                options.ConnectionString = connectionString;
            });
        }
        else
        {
            // Mesh's own SQLite storage: Orleans' ADO.NET SQLite path waits on Microsoft.Data.Sqlite's blocking calls,
            // while this one commits many grains' writes in one transaction.
            silo.AddMeshSqliteGrainStorageAsDefault(options => options.Configure<IServiceProvider>(
                (sqlite, services) => sqlite.DatabasePath = storage.SqlitePath(dataDirectory(services))));
            silo.UseMeshSqliteReminders(options => options.Configure<IServiceProvider>(
                (sqlite, services) => sqlite.DatabasePath = storage.SqlitePath(dataDirectory(services))));
        }

        return silo;
    }
}
