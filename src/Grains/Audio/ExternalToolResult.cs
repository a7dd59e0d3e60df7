namespace Mesh.Grains.Audio;

/// <summary>What a finished command-line tool returned.</summary>
internal sealed record ExternalToolResult(int ExitCode, byte[] Output, string Error);
