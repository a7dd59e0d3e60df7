namespace Mesh.WebFrontend.Validation;

/// <summary>Reads uploaded form files into memory (the request body limit already bounds their size).</summary>
public static class FormFiles
{
    /// <summary>The file's bytes, or null when no file was sent.</summary>
    public static async Task<byte[]?> ReadAllBytesAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct).ConfigureAwait(false);
        return buffer.ToArray();
    }
}
