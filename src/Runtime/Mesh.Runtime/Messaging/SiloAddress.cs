using System.Globalization;
using System.Net;

namespace Mesh.Runtime.Messaging;

/// <summary>
/// One incarnation of a silo: host, port and a generation (its start time in ticks), so a silo restarted on the same
/// port is a different member and nothing addressed to the old one reaches the new one by mistake.
/// </summary>
/// <param name="Host">The IP address other silos and clients connect to.</param>
/// <param name="Port">The silo-to-silo port.</param>
/// <param name="Generation">Distinguishes incarnations on the same endpoint.</param>
public sealed record SiloAddress(string Host, int Port, long Generation)
{
    /// <summary>The endpoint to connect to.</summary>
    public IPEndPoint EndPoint => new(IPAddress.Parse(Host), Port);

    /// <summary>Renders as <c>host:port@generation</c>, the form stored in the membership table and directory.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Host}:{Port}@{Generation}");

    /// <summary>Parses the form written by <see cref="ToString"/>.</summary>
    public static SiloAddress Parse(string text)
    {
        ArgumentException.ThrowIfNullOrEmpty(text);
        var at = text.LastIndexOf('@');
        var colon = text.LastIndexOf(':', at < 0 ? text.Length - 1 : at);
        if (at < 0 || colon < 0)
        {
            throw new FormatException($"'{text}' is not a silo address (host:port@generation).");
        }

        return new SiloAddress(
            text[..colon],
            int.Parse(text.AsSpan(colon + 1, at - colon - 1), CultureInfo.InvariantCulture),
            long.Parse(text.AsSpan(at + 1), CultureInfo.InvariantCulture));
    }
}
