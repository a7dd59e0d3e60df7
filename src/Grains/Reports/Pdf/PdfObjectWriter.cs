using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>
/// Writes numbered indirect objects, then the cross-reference table and trailer. Object numbers are reserved
/// up front so objects can refer to each other before they are written.
/// </summary>
internal sealed class PdfObjectWriter
{
    // The comment of high bytes after the header tells transfer tools the file is binary.
    private static readonly byte[] Header = [.. "%PDF-1.7\n%"u8, 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n'];

    private readonly MemoryStream _output = new();
    private readonly List<long> _offsets = [];

    public PdfObjectWriter()
    {
        _output.Write(Header);
    }

    public int Reserve()
    {
        _offsets.Add(-1);
        return _offsets.Count;
    }

    public void Write(int number, string body)
    {
        Begin(number);
        Ascii(body);
        Ascii("\nendobj\n");
    }

    /// <summary>Writes a Flate-compressed stream; <paramref name="entries"/> are extra dictionary entries.</summary>
    public void WriteStream(int number, string entries, ReadOnlySpan<byte> content)
    {
        var compressed = Compress(content);
        Begin(number);
        Ascii(string.Create(CultureInfo.InvariantCulture, $"<< /Length {compressed.Length} /Filter /FlateDecode {entries}>>\nstream\n"));
        _output.Write(compressed);
        Ascii("\nendstream\nendobj\n");
    }

    public byte[] Finish(int root, int info)
    {
        var missing = _offsets.IndexOf(-1);
        if (missing >= 0)
        {
            throw new InvalidOperationException($"PDF object {missing + 1} was reserved but never written.");
        }

        // The file identifier is a digest of the body, so it is unique per content yet repeatable.
        var id = Convert.ToHexString(SHA256.HashData(_output.GetBuffer().AsSpan(0, (int)_output.Length))[..16]);
        var xref = _output.Length;
        var table = new StringBuilder(40 + (20 * _offsets.Count));
        table.Append(CultureInfo.InvariantCulture, $"xref\n0 {_offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in _offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        table.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {_offsets.Count + 1} /Root {root} 0 R /Info {info} 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        Ascii(table.ToString());
        return _output.ToArray();
    }

    private void Begin(int number)
    {
        if (_offsets[number - 1] >= 0)
        {
            throw new InvalidOperationException($"PDF object {number} was written twice.");
        }

        _offsets[number - 1] = _output.Length;
        Ascii(string.Create(CultureInfo.InvariantCulture, $"{number} 0 obj\n"));
    }

    private void Ascii(string text)
    {
        Span<byte> buffer = text.Length <= 1024 ? stackalloc byte[text.Length] : new byte[text.Length];
        Encoding.ASCII.GetBytes(text, buffer);
        _output.Write(buffer);
    }

    private static byte[] Compress(ReadOnlySpan<byte> content)
    {
        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(content);
        }

        return compressed.ToArray();
    }
}
