using System.Text;

namespace Mesh.Runtime.Placement;

/// <summary>A 64-bit hash that is the same in every process and run (string.GetHashCode is not): FNV-1a, then a mixer.</summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return Mix(hash);
    }

    /// <summary>Spreads the bits of a combined value so nearby inputs give unrelated outputs (splitmix64 finaliser).</summary>
    public static ulong Mix(ulong value)
    {
        value = (value ^ (value >> 30)) * 0xBF58476D1CE4E5B9UL;
        value = (value ^ (value >> 27)) * 0x94D049BB133111EBUL;
        return value ^ (value >> 31);
    }
}
