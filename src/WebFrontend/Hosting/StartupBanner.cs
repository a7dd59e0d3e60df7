using Mesh.Grains.Hosting.Operations;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.Hosting;

/// <summary>Prints where the clinic page is once the server listens, so the one-command start says where to go.</summary>
public static class StartupBanner
{
    public static WebApplication PrintUrlsOnStart(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var options = app.Services.GetRequiredService<IOptions<MeshWebOptions>>().Value;
            var mode = options.LocalMode ? $"local mode, data in {Path.GetFullPath(app.Environment.ResolvePath(options.DataDirectory))}" : "production mode";
            // The management port serves operators (/metrics), not the clinic page.
            var management = app.Configuration.ManagementOptions();
            foreach (var address in addresses.Where(address => !management.Enabled || new Uri(address.Replace("*", "localhost", StringComparison.Ordinal)).Port != management.Port))
            {
                Console.WriteLine($"Mesh is running ({mode}): open {address}/");
            }
        });
        return app;
    }
}
