namespace Mesh.Benchmarks.StateWrites;

/// <summary>The stored state: a counter and 1,000 characters of notes, about 1 KB as JSON.</summary>
public sealed class WriterState
{
    public static readonly string OneKilobyte = new('n', 1000);

    public long Round { get; set; }

    public string Notes { get; set; } = string.Empty;
}
