using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Mesh.Benchmarks.RemoteCalls;

/// <summary>What a team would build without actors: a JSON POST to a Kestrel minimal API that returns its body.</summary>
internal static class HttpEchoServer
{
    public static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        app.MapPost("/echo", (EchoMessage message) => message);
        await app.StartAsync();
        return app;
    }
}

/// <summary>The HTTP request and response body.</summary>
/// <param name="Payload">The echoed text.</param>
public sealed record EchoMessage(string Payload);
