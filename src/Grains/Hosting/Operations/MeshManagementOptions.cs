namespace Mesh.Grains.Hosting.Operations;

/// <summary>The management port: Prometheus' /metrics (and the health probes) for the cluster's operators, never the public port.</summary>
public sealed class MeshManagementOptions
{
    /// <summary>The configuration section (environment: <c>Mesh__Management__Port</c>).</summary>
    public const string SectionName = "Mesh:Management";

    /// <summary>The TCP port /metrics is served on (every address); unset or 0: no /metrics at all.</summary>
    public int Port { get; set; }

    /// <summary>Whether a port was chosen.</summary>
    public bool Enabled => Port > 0;
}
