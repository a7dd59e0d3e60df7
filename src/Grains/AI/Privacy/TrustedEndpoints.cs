using System.Net;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.AI.Privacy;

/// <summary>Which AI endpoints may receive patient data as it is (<c>Mesh:AI:&lt;Capability&gt;:Trusted</c>).</summary>
public static class TrustedEndpoints
{
    /// <summary>True for a URL on this machine: <c>localhost</c> or a loopback address.</summary>
    public static bool IsLoopback(string? baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri))
        {
            return false;
        }

        return uri.IsLoopback
            || string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
    }

    /// <summary><c>true</c> or <c>false</c> from <paramref name="section"/>, null when unset; anything else is refused.</summary>
    public static bool? Parse(IConfigurationSection section, string key)
    {
        ArgumentNullException.ThrowIfNull(section);
        var text = section[key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return bool.TryParse(text.Trim(), out var value)
            ? value
            : throw new FormatException($"{section.Path}:{key} must be true or false, not '{text}'.");
    }

    /// <summary><paramref name="chat"/> as it is for a trusted endpoint, else wrapped in a <see cref="DeidentifyingChatClient"/>.</summary>
    public static IChatClient Protect(IChatClient chat, AiEndpointOptions endpoint, PhiDeidentifier deidentifier, PhiDateHandling dates)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        return endpoint.IsTrusted ? chat : new DeidentifyingChatClient(chat, deidentifier, dates);
    }
}
