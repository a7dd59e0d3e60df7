using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Live;

/// <summary>How live encounters behave in the silo, from "Mesh:Live".</summary>
/// <param name="IdleTimeout">An encounter with no audio, text or command for this long is ended (and its draft made).</param>
public sealed record LiveEncounterOptions(TimeSpan IdleTimeout)
{
    public const string Section = "Mesh:Live";

    public static LiveEncounterOptions Default { get; } = new(TimeSpan.FromMinutes(10));

    /// <summary>Reads <c>Mesh:Live:IdleTimeoutSeconds</c>.</summary>
    public static LiveEncounterOptions FromConfiguration(IConfiguration configuration)
    {
        var seconds = configuration.GetValue<double?>($"{Section}:IdleTimeoutSeconds");
        return seconds is > 0 ? new LiveEncounterOptions(TimeSpan.FromSeconds(seconds.Value)) : Default;
    }

    /// <summary>
    /// How long a WebFrontend's follow of an encounter lasts without renewal; WebFrontends renew well within it, so
    /// only a WebFrontend that went away stops being sent events.
    /// </summary>
    public TimeSpan FollowExpiry { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// The period of the durable reminder that ends an idle encounter whose grain is not active: the idle timeout, but
    /// not under a minute (Orleans' smallest reminder period).
    /// </summary>
    public TimeSpan IdleReminderPeriod => IdleTimeout < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : IdleTimeout;

    /// <summary>How often an active encounter checks whether it went idle.</summary>
    public TimeSpan CheckInterval => TimeSpan.FromTicks(Math.Clamp(IdleTimeout.Ticks / 4, TimeSpan.FromMilliseconds(100).Ticks, TimeSpan.FromMinutes(1).Ticks));
}
