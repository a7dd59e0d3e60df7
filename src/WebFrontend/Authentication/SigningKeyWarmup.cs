namespace Mesh.WebFrontend.Authentication;

/// <summary>
/// Loads the signing keys at start so a broken key file stops the process before it takes traffic,
/// and local mode writes its development key on first start rather than on first request.
/// </summary>
internal sealed partial class SigningKeyWarmup(SigningKeySet keySet, ILogger<SigningKeyWarmup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        LogLoaded(logger, keySet.Keys.Count, string.Join(", ", keySet.Algorithms.Order(StringComparer.Ordinal)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Bearer tokens are checked against {KeyCount} signing keys with algorithms {Algorithms}")]
    private static partial void LogLoaded(ILogger logger, int keyCount, string algorithms);
}
