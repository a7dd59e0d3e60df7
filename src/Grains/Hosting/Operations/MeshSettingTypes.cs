using System.ComponentModel;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Mesh.Grains.Hosting.Operations;

/// <summary>
/// Finds settings whose value cannot become the type of the option it binds to (a word for a port, "soon" for a
/// duration, a name outside an enum). The configuration binder would throw for the first of them from deep inside the
/// host; this names every one and what it expects, so a refused start prints one line and no stack trace.
/// </summary>
public static class MeshSettingTypes
{
    /// <summary>
    /// Adds a problem for each value under <paramref name="section"/> that does not convert to the type of the member
    /// of <paramref name="options"/> (followed through nested options, lists and dictionaries) it binds to. Keys no
    /// member takes are left alone, as the binder leaves them; a setting already named in <paramref name="problems"/> is
    /// not named twice.
    /// </summary>
    public static void Check(IConfiguration configuration, string section, Type options, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var setting in configuration.GetSection(section).GetChildren())
        {
            Visit(setting, options, problems);
        }
    }

    /// <summary>Adds a problem when the value of <paramref name="key"/>, if set, does not convert to <paramref name="type"/>.</summary>
    public static void CheckValue(IConfiguration configuration, string key, Type type, List<string> problems)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var setting = configuration.GetSection(key);
        if (setting.Value is not null)
        {
            CheckValue(setting, type, problems);
        }
    }

    /// <summary>What a setting of <paramref name="type"/> must be, in an operator's words.</summary>
    public static string Expected(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            return $"one of {string.Join(", ", Enum.GetNames(type))}";
        }

        return Type.GetTypeCode(type) switch
        {
            TypeCode.Byte or TypeCode.SByte or TypeCode.Int16 or TypeCode.UInt16 or TypeCode.Int32 or TypeCode.UInt32
                or TypeCode.Int64 or TypeCode.UInt64 => "a whole number",
            TypeCode.Single or TypeCode.Double or TypeCode.Decimal => "a number",
            TypeCode.Boolean => "true or false",
            TypeCode.DateTime => "a date and time such as 2026-01-31T08:00:00Z",
            _ when type == typeof(TimeSpan) => "a duration such as 00:00:30 (hh:mm:ss)",
            _ when type == typeof(DateTimeOffset) => "a date and time such as 2026-01-31T08:00:00Z",
            _ when type == typeof(Uri) => "a URL",
            _ => $"a value of type {type.Name}",
        };
    }

    private static void Visit(IConfigurationSection setting, Type owner, List<string> problems)
    {
        if (MemberType(owner, setting.Key) is not { } type)
        {
            return;
        }

        if (setting.Value is not null)
        {
            CheckValue(setting, type, problems);
            return;
        }

        foreach (var child in setting.GetChildren())
        {
            Visit(child, type, problems);
        }
    }

    private static void CheckValue(IConfigurationSection setting, Type type, List<string> problems)
    {
        var value = setting.Value;
        type = Nullable.GetUnderlyingType(type) ?? type;
        // An empty value binds to the default, as the binder treats it; strings and objects take anything.
        if (string.IsNullOrWhiteSpace(value) || type == typeof(string) || type == typeof(object)
            || problems.Any(problem => problem.StartsWith(setting.Path + " ", StringComparison.OrdinalIgnoreCase)))
        {
            return;
        }

        var converter = TypeDescriptor.GetConverter(type);
        if (!converter.CanConvertFrom(typeof(string)))
        {
            return;
        }

        try
        {
            converter.ConvertFromInvariantString(value);
        }
        catch (Exception wrong) when (wrong is FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            problems.Add($"{setting.Path} must be {Expected(type)}, not '{value}'.");
        }
    }

    /// <summary>
    /// The type a child <paramref name="key"/> of an <paramref name="owner"/> binds to, or null when nothing takes it:
    /// the binder sets only properties with a public setter, and fills get-only ones only when they hold an object or a
    /// collection, never a value (so <c>Enabled=yes</c> for a computed <c>Enabled</c> is left alone, as the binder leaves it).
    /// </summary>
    private static Type? MemberType(Type owner, string key)
    {
        owner = Nullable.GetUnderlyingType(owner) ?? owner;
        if (owner.IsArray)
        {
            return owner.GetElementType();
        }

        if (Generic(owner, typeof(IDictionary<,>)) is { } dictionary)
        {
            return dictionary.GetGenericArguments()[1];
        }

        if (owner != typeof(string) && Generic(owner, typeof(IEnumerable<>)) is { } list)
        {
            return list.GetGenericArguments()[0];
        }

        return owner.GetProperty(key, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase) is { } property
            && (property.GetSetMethod() is not null || !TypeDescriptor.GetConverter(property.PropertyType).CanConvertFrom(typeof(string)))
                ? property.PropertyType
                : null;
    }

    private static Type? Generic(Type type, Type definition) =>
        type.IsGenericType && type.GetGenericTypeDefinition() == definition
            ? type
            : type.GetInterfaces().FirstOrDefault(face => face.IsGenericType && face.GetGenericTypeDefinition() == definition);
}
