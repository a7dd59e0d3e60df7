using System.Text.Json.Nodes;

namespace Mesh.Grains.Tests.Fakes;

/// <summary>What the fake server received: path, auth header, multipart form fields and file, or the JSON body.</summary>
public sealed record RecordedRequest(
    string Path,
    string? Authorization,
    IReadOnlyDictionary<string, string> Form,
    RecordedFile? File,
    JsonNode? Json);

/// <summary>An uploaded multipart file.</summary>
public sealed record RecordedFile(string FileName, string ContentType, byte[] Data);
