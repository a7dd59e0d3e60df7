namespace Mesh.Grains.AI.Privacy;

/// <summary>
/// The patient the AI calls of the current flow are about (a draft knows its patient; a voice command may not). Carried in
/// an <see cref="AsyncLocal{T}"/> rather than in the chat options, so it never travels to a provider.
/// </summary>
public static class PhiSubjectScope
{
    private static readonly AsyncLocal<PhiSubject?> Subject = new();

    /// <summary>The patient of the current flow, or null when none is known.</summary>
    public static PhiSubject? Current => Subject.Value;

    /// <summary>Makes <paramref name="subject"/> current until the returned scope is disposed.</summary>
    public static IDisposable Enter(PhiSubject? subject)
    {
        var previous = Subject.Value;
        Subject.Value = subject;
        return new Restore(previous);
    }

    private sealed class Restore(PhiSubject? previous) : IDisposable
    {
        public void Dispose() => Subject.Value = previous;
    }
}
