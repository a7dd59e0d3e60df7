using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Streams.Hosting;

/// <summary>Rejects stream provider settings that cannot work, naming the provider and the option.</summary>
internal sealed class StreamProviderOptionsValidator : IValidateOptions<StreamProviderOptions>
{
    public ValidateOptionsResult Validate(string? name, StreamProviderOptions options)
    {
        var failures = new List<string>();
        void Require(bool valid, string option, object? value, string rule)
        {
            if (!valid)
            {
                failures.Add($"Stream provider '{name}': {option} {rule} (was {value}).");
            }
        }

        Require(options.MaxBufferedEvents > 0, nameof(options.MaxBufferedEvents), options.MaxBufferedEvents, "must be positive");
        Require(options.MaxDeliveryAttempts > 0, nameof(options.MaxDeliveryAttempts), options.MaxDeliveryAttempts, "must be positive");
        Require(options.RetryBackoff >= TimeSpan.Zero, nameof(options.RetryBackoff), options.RetryBackoff, "must not be negative");
        Require(options.MaxRetryBackoff >= options.RetryBackoff, nameof(options.MaxRetryBackoff), options.MaxRetryBackoff, $"must be at least {nameof(options.RetryBackoff)}");
        Require(options.UnreachableClientTimeout > TimeSpan.Zero, nameof(options.UnreachableClientTimeout), options.UnreachableClientTimeout, "must be positive");
        Require(options.AckFlushInterval > TimeSpan.Zero, nameof(options.AckFlushInterval), options.AckFlushInterval, "must be positive");
        Require(options.RetentionMaxAge > TimeSpan.Zero, nameof(options.RetentionMaxAge), options.RetentionMaxAge, "must be positive");
        Require(options.RetentionMaxCount is null or > 0, nameof(options.RetentionMaxCount), options.RetentionMaxCount, "must be positive or null");
        Require(options.RetentionInterval > TimeSpan.Zero, nameof(options.RetentionInterval), options.RetentionInterval, "must be positive");
        Require(options.CatchUpPageSize > 0, nameof(options.CatchUpPageSize), options.CatchUpPageSize, "must be positive");
        Require(options.MaxWriteBatch > 0, nameof(options.MaxWriteBatch), options.MaxWriteBatch, "must be positive");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
