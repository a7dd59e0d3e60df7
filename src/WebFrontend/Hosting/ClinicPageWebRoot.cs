using Microsoft.Extensions.FileProviders;

namespace Mesh.WebFrontend.Hosting;

/// <summary>
/// Finds the clinic page's files wherever Mesh was started from. The content root is the folder the command was given
/// in (so <c>./data</c> lands there, see <see cref="HostEnvironmentPaths"/>), and that folder holds a wwwroot only when
/// it is the project folder itself.
/// </summary>
internal static class ClinicPageWebRoot
{
    public static WebApplicationBuilder UseClinicPageWebRoot(this WebApplicationBuilder builder)
    {
        var environment = builder.Environment;
        if (Directory.Exists(environment.WebRootPath))
        {
            // Started from src/WebFrontend, or a test host that points the content root there.
            return builder;
        }

        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (Directory.Exists(beside))
        {
            // A published Mesh carries the page next to its dll.
            environment.WebRootPath = beside;
            environment.WebRootFileProvider = new PhysicalFileProvider(beside);
            return builder;
        }

        // A build output (dotnet run, or dotnet on the dll in bin/) has no copy of wwwroot; the static web assets
        // manifest it does have names the project's wwwroot. ASP.NET Core reads it by itself only in Development.
        if (!environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }
}
