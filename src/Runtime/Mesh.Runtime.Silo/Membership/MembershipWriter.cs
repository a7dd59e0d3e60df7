using Mesh.Runtime.Messaging;

namespace Mesh.Runtime.Membership;

/// <summary>Changes one row with optimistic concurrency: read, change, write against the version read, retry on conflict.</summary>
internal sealed class MembershipWriter(IMembershipTable table, MembershipView view)
{
    private const int Attempts = 10;

    /// <summary>Applies <paramref name="change"/> to the row of <paramref name="silo"/> (null when it has none yet).</summary>
    /// <returns>The entry written, or null when <paramref name="change"/> decided nothing needs writing.</returns>
    public async Task<MembershipEntry?> ChangeAsync(SiloAddress silo, Func<MembershipEntry?, MembershipEntry?> change, CancellationToken ct = default)
    {
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var snapshot = await table.ReadAsync(ct).ConfigureAwait(false);
            view.Update(snapshot);
            var next = change(snapshot.Entries.FirstOrDefault(e => e.Silo == silo));
            if (next is null)
            {
                return null;
            }

            if (await table.TryWriteAsync(next, snapshot.Version, ct).ConfigureAwait(false))
            {
                view.Update(await table.ReadAsync(ct).ConfigureAwait(false));
                return next;
            }

            // Someone else wrote first; their change may make ours unnecessary, so decide again on a fresh read.
            await Task.Delay(TimeSpan.FromMilliseconds(10 + Random.Shared.Next(40)), ct).ConfigureAwait(false);
        }

        throw new InvalidOperationException($"The membership row of {silo} could not be written: the table kept changing under {Attempts} attempts.");
    }
}
