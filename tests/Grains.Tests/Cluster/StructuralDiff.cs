using System.Collections;
using System.Reflection;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// Compares two object graphs member by member (records holding lists compare their lists by reference, so record
/// equality says too little). Exceptions compare by type, message, inner exception and the members Mesh declares on them.
/// </summary>
internal static class StructuralDiff
{
    /// <summary>Where <paramref name="actual"/> differs from <paramref name="expected"/>, by path; empty when equal.</summary>
    public static IReadOnlyList<string> Between(object? expected, object? actual)
    {
        var differences = new List<string>();
        Compare(expected, actual, expected?.GetType().Name ?? "value", differences);
        return differences;
    }

    private static void Compare(object? expected, object? actual, string path, List<string> differences)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                differences.Add($"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            }

            return;
        }

        var type = expected.GetType();
        if (type != actual.GetType())
        {
            differences.Add($"{path}: expected a {type}, got a {actual.GetType()}");
            return;
        }

        switch (expected)
        {
            case Exception exception:
                Compare(exception.Message, ((Exception)actual).Message, path + ".Message", differences);
                Compare(exception.InnerException, ((Exception)actual).InnerException, path + ".InnerException", differences);
                foreach (var property in WireSample.MeshDeclared(type))
                {
                    Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", differences);
                }

                return;
            case string or IFormattable or bool:
                if (!expected.Equals(actual))
                {
                    differences.Add($"{path}: expected {expected}, got {actual}");
                }

                return;
            case IEnumerable sequence:
                var left = sequence.Cast<object?>().ToList();
                var right = ((IEnumerable)actual).Cast<object?>().ToList();
                if (left.Count != right.Count)
                {
                    differences.Add($"{path}: expected {left.Count} items, got {right.Count}");
                    return;
                }

                for (var i = 0; i < left.Count; i++)
                {
                    Compare(left[i], right[i], $"{path}[{i}]", differences);
                }

                return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Compare(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}", differences);
        }
    }
}
