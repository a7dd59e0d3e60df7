using Mesh.Grains.Encounters;
using Mesh.Grains.Live;
using Orleans;
using Orleans.Runtime;

namespace Mesh.Grains.Conversations;

/// <summary>
/// Ends a live encounter nobody used for <see cref="LiveEncounterOptions.IdleTimeout"/> (a forgotten tab, a lost client).
/// A grain timer watches while the grain is active; a durable reminder, kept from start to end, brings the grain back
/// after its silo died or it was deactivated, so a forgotten encounter still ends (and its draft is made).
/// </summary>
public sealed partial class ConversationGrain : IRemindable
{
    private const string IdleReminder = "encounter-idle";

    private IGrainTimer? _idleWatch;

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != IdleReminder)
        {
            return;
        }

        if (conversation.State.Live is not { Status: not EncounterStatus.Ended })
        {
            await ForgetIdleReminderAsync();
            return;
        }

        WatchForIdle();
        await EndIfIdleAsync();
    }

    private async Task KeepIdleReminderAsync() =>
        await this.RegisterOrUpdateReminder(IdleReminder, liveOptions.IdleReminderPeriod, liveOptions.IdleReminderPeriod);

    private async Task ForgetIdleReminderAsync()
    {
        if (await this.GetReminder(IdleReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }
    }

    private void WatchForIdle() => _idleWatch ??= this.RegisterGrainTimer(
        _ => EndIfIdleAsync(),
        // Keeps the activation alive while the encounter is open, so its idle end comes even when nobody calls it.
        new GrainTimerCreationOptions(liveOptions.CheckInterval, liveOptions.CheckInterval) { KeepAlive = true });

    private async Task EndIfIdleAsync()
    {
        if (conversation.State.Live is { Status: not EncounterStatus.Ended } live && time.GetUtcNow() - live.LastActivityAt >= liveOptions.IdleTimeout)
        {
            await EndEncounterAsync("system:idle-timeout");
        }
    }
}
