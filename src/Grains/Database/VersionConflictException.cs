namespace Mesh.Grains.Database;

/// <summary>
/// A write named a version that storage no longer holds (another writer won, or the row is not where the
/// caller thought it was). Nothing was changed.
/// </summary>
public sealed class VersionConflictException : Exception
{
    /// <summary>Creates the exception.</summary>
    public VersionConflictException() { }

    /// <summary>Creates the exception with a message that names the row and the expected version.</summary>
    public VersionConflictException(string message) : base(message) { }

    /// <summary>Creates the exception with a message and the error that revealed the conflict.</summary>
    public VersionConflictException(string message, Exception inner) : base(message, inner) { }
}
