using System.Reflection;
using System.Text.RegularExpressions;

namespace Mesh.Grains.Database;

/// <summary>One versioned schema file, <c>NNN_name.sql</c>, embedded from <c>deploy/sql/&lt;dialect&gt;/</c>.</summary>
internal sealed partial record SchemaScript(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Mesh.Schema.";

    /// <summary>Loads the scripts for a dialect in version order.</summary>
    public static IReadOnlyList<SchemaScript> Load(SqlDialect dialect)
    {
        var folder = dialect == SqlDialect.PostgreSql ? "postgres" : "sqlite";
        var assembly = typeof(SchemaScript).Assembly;
        var scripts = new List<SchemaScript>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            // RecursiveDir may carry either separator depending on the build machine.
            var relative = resource.Replace('\\', '/');
            if (!relative.StartsWith($"{ResourcePrefix}{folder}/", StringComparison.Ordinal))
            {
                continue;
            }

            var fileName = relative[(relative.LastIndexOf('/') + 1)..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException(
                    $"Schema file '{fileName}' ({dialect}) is not named NNN_name.sql; rename it so its order is explicit.");
            }

            scripts.Add(new SchemaScript(
                int.Parse(match.Groups["version"].Value, System.Globalization.CultureInfo.InvariantCulture),
                match.Groups["name"].Value,
                ReadResource(assembly, resource)));
        }

        if (scripts.Count == 0)
        {
            throw new InvalidOperationException(
                $"No schema scripts for {dialect} are embedded in {assembly.GetName().Name}; deploy/sql/{folder} was not built in.");
        }

        var duplicate = scripts.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Schema version {duplicate.Key} ({dialect}) is used by more than one file: {string.Join(", ", duplicate.Select(s => s.Name))}.");
        }

        return [.. scripts.OrderBy(s => s.Version)];
    }

    private static string ReadResource(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded schema resource '{resource}' could not be opened.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^(?<version>\d{3})_(?<name>[a-z0-9_]+)\.sql$")]
    private static partial Regex FileNamePattern();
}
