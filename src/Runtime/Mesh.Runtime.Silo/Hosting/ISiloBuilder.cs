using Microsoft.Extensions.DependencyInjection;

namespace Mesh.Runtime.Hosting;

/// <summary>Configures a silo: its extension methods add grains, storage and options, and return the builder.</summary>
public interface ISiloBuilder
{
    /// <summary>The host's services.</summary>
    IServiceCollection Services { get; }
}

/// <summary>The builder handed to <c>AddMeshSilo</c>.</summary>
internal sealed class SiloBuilder(IServiceCollection services) : ISiloBuilder
{
    public IServiceCollection Services { get; } = services;
}
