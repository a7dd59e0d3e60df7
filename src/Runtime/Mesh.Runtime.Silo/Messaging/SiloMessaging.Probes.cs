namespace Mesh.Runtime.Messaging;

/// <summary>Liveness probes of other silos, answered by their <see cref="MessageKind.Pong"/>.</summary>
internal sealed partial class SiloMessaging
{
    /// <inheritdoc />
    public async Task<bool> ProbeAsync(SiloAddress silo, TimeSpan timeout)
    {
        try
        {
            var connection = await _outbound.GetAsync(silo.EndPoint).ConfigureAwait(false);
            var id = Tracker.NextId();
            var probe = new ProbeCall(connection, Tracker.Time.GetTimestamp() + (long)(timeout.TotalSeconds * Tracker.Time.TimestampFrequency), silo);
            Tracker.Add(id, probe);
            await connection.SendAsync(new Message { Id = id, Kind = MessageKind.Ping, Body = Messages.Serializer.SerializeToArray(silo.ToString()) }).ConfigureAwait(false);
            return await probe.Task.WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (Exception error) when (error is SiloUnavailableException or TimeoutException or GrainCallTimeoutException)
        {
            return false;
        }
    }
}
