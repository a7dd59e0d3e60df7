using Mesh.Grains.Claims.CodeSets;
using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.CodeSets;

/// <summary>Loads the code set files named in Mesh:CodeSets once the host (and, in local mode, its silo) has started.</summary>
public sealed partial class CodeSetStartupLoader(
    IOptions<CodeSetsOptions> options, IGrainFactory grains, IHostApplicationLifetime lifetime, ILogger<CodeSetStartupLoader> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var files = options.Value.Files().ToList();
        if (files.Count == 0)
        {
            return;
        }

        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken).ConfigureAwait(false);
        foreach (var (set, setting, path) in files)
        {
            try
            {
                var text = await File.ReadAllTextAsync(path, stoppingToken).ConfigureAwait(false);
                var result = await grains.GetGrain<ICodeSetGrain>(set).LoadAsync(text, $"{Path.GetFileName(path)} ({setting})").ConfigureAwait(false);
                if (result.Loaded)
                {
                    LogLoaded(set, result.Summary.Count, path);
                }
                else
                {
                    LogRejected(set, path, string.Join(" ", result.Errors));
                }
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException or OrleansException or TimeoutException)
            {
                LogFailed(error, set, path);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Code set {Set}: {Count} codes from {Path}.")]
    private partial void LogLoaded(string set, int count, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "Code set {Set}: {Path} was not loaded: {Errors}")]
    private partial void LogRejected(string set, string path, string errors);

    [LoggerMessage(Level = LogLevel.Error, Message = "Code set {Set}: {Path} could not be loaded.")]
    private partial void LogFailed(Exception error, string set, string path);
}
