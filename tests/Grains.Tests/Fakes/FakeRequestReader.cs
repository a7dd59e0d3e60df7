using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Mesh.Grains.Tests.Fakes;

/// <summary>Parses an incoming request the way an OpenAI-compatible server does: multipart form or JSON body.</summary>
internal static class FakeRequestReader
{
    public static async Task<RecordedRequest> ReadAsync(HttpRequest request)
    {
        var form = new Dictionary<string, string>();
        RecordedFile? file = null;
        JsonNode? json = null;
        if (request.HasFormContentType)
        {
            var parsed = await request.ReadFormAsync();
            foreach (var (key, value) in parsed)
            {
                form[key] = value.ToString();
            }

            if (parsed.Files.GetFile("file") is { } upload)
            {
                using var buffer = new MemoryStream();
                await upload.CopyToAsync(buffer);
                file = new RecordedFile(upload.FileName, upload.ContentType, buffer.ToArray());
            }
        }
        else if (request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            json = await JsonNode.ParseAsync(request.Body);
        }

        return new RecordedRequest(request.Path.Value ?? string.Empty, request.Headers.Authorization.ToString() is { Length: > 0 } auth ? auth : null, form, file, json);
    }
}
