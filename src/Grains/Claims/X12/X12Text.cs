namespace Mesh.Grains.Claims.X12;

/// <summary>How a value from a file is repeated in a message: short and printable, since a hostile file may put
/// anything (megabytes, control characters, markup) in an element.</summary>
internal static class X12Text
{
    private const int MaxShown = 40;

    public static string Shown(string value)
    {
        var cut = value.Length > MaxShown ? value[..MaxShown] + "…" : value;
        return string.Create(cut.Length, cut, static (span, source) =>
        {
            for (var index = 0; index < source.Length; index++)
            {
                span[index] = char.IsControl(source[index]) ? '?' : source[index];
            }
        });
    }
}
