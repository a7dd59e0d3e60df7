namespace Mesh.Runtime.Messaging;

/// <summary>Settings of the TCP transport, shared by silos and clients.</summary>
public sealed class TransportOptions
{
    /// <summary>The largest frame sent or accepted, in bytes; a larger one fails its call (sending) or closes the connection (receiving). Default 16 MiB.</summary>
    public int MaxFrameSize { get; set; } = 16 * 1024 * 1024;

    /// <summary>How many messages may wait to be written per connection before senders wait. Default 8192.</summary>
    public int SendQueueCapacity { get; set; } = 8192;

    /// <summary>How long a connect attempt may take. Default 5 seconds.</summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The first wait before reconnecting to an endpoint that refused; doubles per failure up to <see cref="MaxReconnectBackoff"/>. Default 100 ms.</summary>
    public TimeSpan ReconnectBackoff { get; set; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The longest wait between reconnect attempts. Default 5 seconds.</summary>
    public TimeSpan MaxReconnectBackoff { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Returns the names of the settings that cannot work, with why.</summary>
    public IEnumerable<string> Validate()
    {
        if (MaxFrameSize < 1024)
        {
            yield return $"{nameof(MaxFrameSize)} must be at least 1024 bytes (was {MaxFrameSize}).";
        }

        if (SendQueueCapacity < 1)
        {
            yield return $"{nameof(SendQueueCapacity)} must be positive (was {SendQueueCapacity}).";
        }

        if (ConnectTimeout <= TimeSpan.Zero)
        {
            yield return $"{nameof(ConnectTimeout)} must be positive (was {ConnectTimeout}).";
        }

        if (ReconnectBackoff <= TimeSpan.Zero || MaxReconnectBackoff < ReconnectBackoff)
        {
            yield return $"{nameof(ReconnectBackoff)} must be positive and at most {nameof(MaxReconnectBackoff)} (was {ReconnectBackoff}).";
        }
    }
}
