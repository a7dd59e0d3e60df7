using System.Security.Cryptography;

namespace Mesh.Grains.Reports;

/// <summary>Content hashes stored beside rendered reports so a later reader can prove the PDF was not altered.</summary>
public static class ReportHash
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="content"/>.</summary>
    public static string Sha256Hex(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return Convert.ToHexStringLower(SHA256.HashData(content));
    }
}
