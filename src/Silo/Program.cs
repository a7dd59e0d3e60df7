using Mesh.Grains.Hosting;
using Mesh.Grains.Hosting.Operations;
using Mesh.Grains.Health;
using Mesh.Grains.Telemetry;
using Mesh.Silo.Clustering;

// A silo process: Mesh's grains on the database named by "Mesh:Storage" (environment: Mesh__Storage__Provider, ...),
// joined to the cluster named by "Mesh:Cluster" (Mesh__Cluster__Provider, __SiloPort, __GatewayPort, __ClusterId).
// Its only HTTP is the management port ("Mesh:Management:Port"): health probes and Prometheus' /metrics.
var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddMeshSecretFiles();
if (MeshSettingsCheck.Problems(builder.Configuration) is { Count: > 0 } problems)
{
    Console.Error.WriteLine(MeshSettingsCheck.Message("The Mesh silo", problems));
    return MeshSettingsCheck.InvalidSettingsExitCode;
}

var dataDirectory = Path.GetFullPath(builder.Configuration["Mesh:DataDirectory"] ?? "./data");
builder.ListenOnManagementPortOnly();
builder.Services.AddMeshTelemetry(builder.Configuration, "mesh-silo");
builder.Services.AddMeshSiloHealthChecks(builder.Configuration);
builder.UseOrleans(silo => silo
    .AddMeshClinicSilo(builder.Configuration, _ => dataDirectory)
    .AddMeshClustering(builder.Configuration));

var app = builder.Build();
app.UseMeshMetricsOnManagementPort();
app.MapMeshHealthEndpoints();
return await app.RunUntilStoppedAsync("The Mesh silo");
