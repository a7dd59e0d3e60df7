namespace Mesh.WebFrontend.Hosting;

internal sealed record CorrelationIdFeature(string CorrelationId);
