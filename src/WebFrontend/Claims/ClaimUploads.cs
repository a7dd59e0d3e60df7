namespace Mesh.WebFrontend.Claims;

/// <summary>The text of an uploaded file: the body as text (X12, CSV), or the first file of a multipart form.</summary>
internal static class ClaimUploads
{
    /// <summary>The uploaded text, or null when the request carries neither a text body nor a file.</summary>
    public static async Task<string?> ReadTextAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct).ConfigureAwait(false);
            if (form.Files.Count == 0)
            {
                return null;
            }

            using var file = new StreamReader(form.Files[0].OpenReadStream());
            return await file.ReadToEndAsync(ct).ConfigureAwait(false);
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("application/edi-x12" or "text/plain" or "text/csv" or "application/octet-stream"))
        {
            return null;
        }

        using var reader = new StreamReader(request.Body);
        return await reader.ReadToEndAsync(ct).ConfigureAwait(false);
    }
}
