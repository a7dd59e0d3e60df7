using Mesh.Grains.Hosting;
using Mesh.Silo.Clustering;
using Microsoft.Extensions.Hosting;

// A silo process: Mesh's grains on the database named by "Mesh:Storage" (environment: Mesh__Storage__Provider, ...),
// joined to the cluster named by "Mesh:Cluster" (Mesh__Cluster__Provider, __SiloPort, __GatewayPort, __ClusterId).
var builder = Host.CreateApplicationBuilder(args);
var dataDirectory = Path.GetFullPath(builder.Configuration["Mesh:DataDirectory"] ?? "./data");
builder.UseOrleans(silo => silo
    .AddMeshClinicSilo(builder.Configuration, _ => dataDirectory)
    .AddMeshClustering(builder.Configuration));
await builder.Build().RunAsync();
