namespace Mesh.Grains.Agents.Files;

/// <summary>
/// Hands a confirmed chat file to the importer of its kind. The silo registers one per kind it can import (the claims
/// and FHIR import grains); a kind with none is answered "importer not available" and nothing is imported.
/// </summary>
public interface IChatFileImporter
{
    /// <summary>The kind this importer takes.</summary>
    ChatFileKind Kind { get; }

    /// <summary>Imports the file into the caller's clinic and says what came of it, in words.</summary>
    Task<string> ImportAsync(AgentCaller caller, ChatAttachment file, CancellationToken ct);
}
