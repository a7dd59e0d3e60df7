using Mesh.Grains.Hosting;
using Microsoft.Extensions.Hosting;

// A silo process: Mesh's grains on the database named by "Mesh:Storage" (environment: Mesh__Storage__Provider, ...).
var builder = Host.CreateApplicationBuilder(args);
var dataDirectory = Path.GetFullPath(builder.Configuration["Mesh:DataDirectory"] ?? "./data");
builder.Services.AddMeshClinicSilo(builder.Configuration, _ => dataDirectory);
await builder.Build().RunAsync();
