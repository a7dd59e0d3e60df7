namespace Mesh.Runtime.Hosting;

/// <summary>Settings of one silo. Bound from configuration section <c>Mesh:Silo</c> by the hosts.</summary>
public sealed class SiloOptions
{
    /// <summary>How long a caller waits for a response before the call fails with a timeout. Default 30 seconds.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long an activation may sit unused before it is deactivated. Default 15 minutes.</summary>
    public TimeSpan CollectionAge { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for. Default 1 minute; must not exceed <see cref="CollectionAge"/>.</summary>
    public TimeSpan CollectionQuantum { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a graceful stop waits for activations to deactivate. Default 30 seconds.</summary>
    public TimeSpan DeactivationTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
