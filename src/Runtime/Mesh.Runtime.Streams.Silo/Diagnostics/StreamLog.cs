using Microsoft.Extensions.Logging;

namespace Mesh.Runtime.Streams.Diagnostics;

/// <summary>The stream runtime's log messages, source-generated.</summary>
internal static partial class StreamLog
{
    [LoggerMessage(1, LogLevel.Warning, "Delivery of {Stream} #{Sequence} to {Subscriber} failed (attempt {Attempt} of {MaxAttempts})")]
    public static partial void DeliveryFailed(ILogger logger, Exception error, string stream, long sequence, string subscriber, int attempt, int maxAttempts);

    [LoggerMessage(2, LogLevel.Error, "Parked {Stream} #{Sequence} for {Subscriber} after {Attempts} attempts; the stream goes on")]
    public static partial void EventParked(ILogger logger, Exception error, string stream, long sequence, string subscriber, int attempts);

    [LoggerMessage(3, LogLevel.Error, "Appending {Count} events to {Stream} failed; the producers get the error")]
    public static partial void AppendFailed(ILogger logger, Exception error, string stream, int count);

    [LoggerMessage(4, LogLevel.Warning, "A batch of {Count} stream writes failed; retrying each write alone")]
    public static partial void BatchFailed(ILogger logger, Exception error, int count);

    [LoggerMessage(5, LogLevel.Error, "Delivering {Stream} to subscription {SubscriptionId} stopped on an error; it restarts after a pause")]
    public static partial void DeliveryLoopFailed(ILogger logger, Exception error, string stream, Guid subscriptionId);

    [LoggerMessage(6, LogLevel.Warning, "Saving acknowledgements of {Stream} failed; they are saved with the next flush")]
    public static partial void AckFlushFailed(ILogger logger, Exception error, string stream);

    [LoggerMessage(7, LogLevel.Warning, "Trimming {Stream} failed; retention tries again later")]
    public static partial void TrimFailed(ILogger logger, Exception error, string stream);

    [LoggerMessage(8, LogLevel.Information, "Waking {Count} streams of provider {Provider} with undelivered events")]
    public static partial void WakingStreams(ILogger logger, int count, string provider);

    [LoggerMessage(9, LogLevel.Error, "Waking the streams of provider {Provider} failed")]
    public static partial void WakeFailed(ILogger logger, Exception error, string provider);

    [LoggerMessage(10, LogLevel.Warning, "Subscriber {Subscriber} of {Stream} is unreachable for #{Sequence} ({Reason}); trying again")]
    public static partial void SubscriberUnreachable(ILogger logger, string stream, long sequence, string subscriber, string reason);

    [LoggerMessage(11, LogLevel.Warning, "Removed subscription {SubscriptionId} of {Stream}: its subscriber {Subscriber} has been unreachable since {Since}")]
    public static partial void SubscriptionDropped(ILogger logger, Exception error, string stream, Guid subscriptionId, string subscriber, DateTimeOffset since);

    [LoggerMessage(12, LogLevel.Warning, "Replaying parked {Stream} #{Sequence} to {Subscriber} failed; it stays parked")]
    public static partial void ReplayFailed(ILogger logger, Exception error, string stream, long sequence, string subscriber);

    [LoggerMessage(13, LogLevel.Warning, "Storage holds {Stream} up to #{StoredHead} beyond this activation's #{Head}: another activation wrote it; numbering goes on from there")]
    public static partial void HeadMovedElsewhere(ILogger logger, string stream, long head, long storedHead);
}
