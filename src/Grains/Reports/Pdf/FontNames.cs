using System.Buffers.Binary;
using System.Text;

namespace Mesh.Grains.Reports.Pdf;

/// <summary>Reads the PostScript name (name id 6) from a font's name table.</summary>
internal static class FontNames
{
    private const int PostScriptNameId = 6;

    public static string? PostScriptName(ReadOnlySpan<byte> name)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        for (var i = 0; i < count; i++)
        {
            var record = name.Slice(6 + (i * 12), 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            if (BinaryPrimitives.ReadUInt16BigEndian(record[6..]) != PostScriptNameId || platform is not (1 or 3))
            {
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            var bytes = name.Slice(strings + offset, length);

            // Windows names are UTF-16BE, Macintosh ones single-byte; PostScript names are ASCII either way.
            var text = platform == 3 ? Encoding.BigEndianUnicode.GetString(bytes) : Encoding.Latin1.GetString(bytes);
            return Sanitize(text);
        }

        return null;
    }

    // A PDF name may not contain delimiters or spaces; keep the printable ASCII a PostScript name is made of.
    private static string? Sanitize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is > ' ' and < (char)127 && "()<>[]{}/%#".IndexOf(c, StringComparison.Ordinal) < 0)
            {
                builder.Append(c);
            }
        }

        return builder.Length == 0 ? null : builder.ToString();
    }
}
