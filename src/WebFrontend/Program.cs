using Mesh.Grains.Hosting.Operations;
using Mesh.WebFrontend.Cluster;
using Mesh.WebFrontend.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddMeshSecretFiles();
if (MeshStartupCheck.Refuses(builder))
{
    return MeshSettingsCheck.InvalidSettingsExitCode;
}

builder.AddMeshWebFrontend();
builder.AddMeshLocalSilo();

var app = builder.Build();
app.MapMeshWebFrontend();
app.PrintUrlsOnStart();
return await app.RunUntilStoppedAsync("Mesh");

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
