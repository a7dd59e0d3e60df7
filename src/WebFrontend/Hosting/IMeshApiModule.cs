namespace Mesh.WebFrontend.Hosting;

/// <summary>
/// A set of routes under /api/v1 registered through DI, for code that cannot edit the host's mapping
/// (plug-ins, test hosts). Resources of Mesh itself map their static <c>&lt;Resource&gt;Api</c> class directly.
/// </summary>
public interface IMeshApiModule
{
    void MapEndpoints(IEndpointRouteBuilder api);
}
