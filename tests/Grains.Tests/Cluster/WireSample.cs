using System.Collections;
using System.Reflection;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>
/// Builds a sample of a wire type with every member set: non-empty strings, numbers and dates away from their defaults,
/// the last value of an enum, one-element lists, a concrete subtype for an abstract type, an inner exception for an
/// exception. Each value differs from the one before, so a member read into the wrong place shows.
/// </summary>
internal sealed class WireSample
{
    private const int MaxDepth = 8;
    private int _next;

    public object Create(Type type) => Fill(type, 0)!;

    /// <summary>Members of <paramref name="value"/> left at their default (null, zero, empty), by path.</summary>
    public static IReadOnlyList<string> DefaultMembers(object value)
    {
        var found = new List<string>();
        Walk(value, value.GetType().Name, found);
        return found;
    }

    private object? Fill(Type type, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"{type} nests deeper than {MaxDepth}; the sample filler needs a rule for it.");
        }

        var n = ++_next;
        var underlying = Nullable.GetUnderlyingType(type);
        if (underlying is not null)
        {
            return Fill(underlying, depth);
        }

        if (type == typeof(string))
        {
            return $"text-{n}";
        }

        if (type == typeof(bool))
        {
            return true;
        }

        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(values.Length - 1);
        }

        if (type.IsPrimitive || type == typeof(decimal))
        {
            return Convert.ChangeType(n % 100 + 1, type, System.Globalization.CultureInfo.InvariantCulture);
        }

        if (type == typeof(DateOnly))
        {
            return new DateOnly(2026, 1, 1).AddDays(n);
        }

        if (type == typeof(DateTimeOffset))
        {
            return new DateTimeOffset(2026, 1, 1, 8, 30, 15, TimeSpan.FromHours(1)).AddMinutes(n);
        }

        if (type == typeof(DateTime))
        {
            return new DateTime(2026, 1, 1, 8, 30, 15, DateTimeKind.Utc).AddMinutes(n);
        }

        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromMilliseconds(1000 + n);
        }

        if (type == typeof(Guid))
        {
            return new Guid(n, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        }

        if (type == typeof(byte[]))
        {
            return new byte[] { 1, 2, (byte)n };
        }

        if (type.IsArray)
        {
            var array = Array.CreateInstance(type.GetElementType()!, 1);
            array.SetValue(Fill(type.GetElementType()!, depth + 1), 0);
            return array;
        }

        if (type.IsGenericType && IsListShape(type.GetGenericTypeDefinition()))
        {
            var element = type.GetGenericArguments()[0];
            var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(element))!;
            list.Add(Fill(element, depth + 1));
            return list;
        }

        if (type.IsGenericType && IsDictionaryShape(type.GetGenericTypeDefinition()))
        {
            var arguments = type.GetGenericArguments();
            var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(arguments))!;
            dictionary.Add(Fill(arguments[0], depth + 1)!, Fill(arguments[1], depth + 1));
            return dictionary;
        }

        if (type == typeof(Exception))
        {
            return new InvalidOperationException($"inner-{n}");
        }

        if (type.IsAbstract)
        {
            var concrete = WireTypes.Assemblies.SelectMany(a => a.GetTypes())
                .Where(t => !t.IsAbstract && type.IsAssignableFrom(t))
                .OrderBy(t => t.FullName, StringComparer.Ordinal)
                .FirstOrDefault()
                ?? throw new InvalidOperationException($"No concrete type of {type} to sample.");
            return Fill(concrete, depth);
        }

        if (WireTypes.IsMesh(type))
        {
            // The constructor with the most parameters: an exception's (message, inner), a record's primary constructor.
            return CreateObject(type, depth);
        }

        throw new InvalidOperationException($"The sample filler has no rule for {type}; add one.");
    }

    private object CreateObject(Type type, int depth)
    {
        var constructor = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => !c.GetParameters().Any(p => p.ParameterType == type))
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"{type} has no public constructor to sample with.");
        var value = constructor.Invoke([.. constructor.GetParameters().Select(p => Fill(p.ParameterType, depth + 1))]);

        // Members outside the constructor (init-only properties of a base record, settable properties).
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.SetMethod is { IsPublic: true } && property.GetIndexParameters().Length == 0 && IsDefault(property.GetValue(value)))
            {
                property.SetValue(value, Fill(property.PropertyType, depth + 1));
            }
        }

        return value;
    }

    private static bool IsListShape(Type definition) =>
        definition == typeof(List<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyList<>)
        || definition == typeof(ICollection<>) || definition == typeof(IReadOnlyCollection<>) || definition == typeof(IEnumerable<>);

    private static bool IsDictionaryShape(Type definition) =>
        definition == typeof(Dictionary<,>) || definition == typeof(IDictionary<,>) || definition == typeof(IReadOnlyDictionary<,>);

    public static IEnumerable<PropertyInfo> MeshDeclared(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.DeclaringType is { } d && WireTypes.IsMesh(d) && p.GetIndexParameters().Length == 0);

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string text => text.Length == 0,
        IEnumerable sequence => !sequence.GetEnumerator().MoveNext(),
        _ when value.GetType().IsValueType => value.Equals(Activator.CreateInstance(value.GetType())),
        _ => false,
    };

    private static void Walk(object? value, string path, List<string> found)
    {
        if (IsDefault(value))
        {
            found.Add(path);
            return;
        }

        switch (value)
        {
            case Exception exception:
                // Message, and the members the Mesh exception declares; its inner exception, when it takes one, is not walked.
                Walk(exception.Message, path + ".Message", found);
                foreach (var property in MeshDeclared(exception.GetType()))
                {
                    Walk(property.GetValue(exception), $"{path}.{property.Name}", found);
                }

                return;
            case string or byte[]:
                return;
            case IEnumerable sequence:
                var index = 0;
                foreach (var item in sequence)
                {
                    Walk(item, $"{path}[{index++}]", found);
                }

                return;
        }

        var type = value!.GetType();
        if (!WireTypes.IsMesh(type) || type.IsEnum)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), $"{path}.{property.Name}", found);
        }
    }
}
