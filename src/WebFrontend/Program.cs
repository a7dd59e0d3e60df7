using Mesh.WebFrontend.Cluster;
using Mesh.WebFrontend.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddMeshWebFrontend();
builder.AddMeshLocalSilo();

var app = builder.Build();
app.MapMeshWebFrontend();
app.PrintUrlsOnStart();
app.Run();

/// <summary>Entry point, visible to WebApplicationFactory in tests.</summary>
public partial class Program;
