using Orleans;

namespace Mesh.Grains.Audio;

/// <summary>A command-line tool Mesh relies on is not installed or not on PATH.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Audio.ExternalToolMissingException")]
public sealed class ExternalToolMissingException(string tool, Exception inner)
    : InvalidOperationException($"'{tool}' could not be started; install it (Debian: apt-get install {tool}) or put it on PATH.", inner)
{
    /// <summary>The executable that could not be started.</summary>
    [Id(0)]
    public string Tool { get; } = tool;
}
