using YamlDotNet.RepresentationModel;

namespace Mesh.Silo.Tests.Operations;

/// <summary>The YAML files under deploy/, parsed, with the small lookups the manifest tests need.</summary>
internal static class Manifests
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Deploy => Path.Combine(RepositoryRoot, "deploy");

    /// <summary>Every document of one YAML file.</summary>
    public static List<YamlMappingNode> Load(string path)
    {
        using var reader = new StreamReader(path);
        var stream = new YamlStream();
        stream.Load(reader);
        return [.. stream.Documents.Select(document => document.RootNode).OfType<YamlMappingNode>()];
    }

    /// <summary>Every Kubernetes object in deploy/k8s/*.yaml (the kustomization's resources).</summary>
    public static List<YamlMappingNode> KubernetesObjects() =>
        [.. Directory.GetFiles(Path.Combine(Deploy, "k8s"), "*.yaml")
            .Where(file => Path.GetFileName(file) != "kustomization.yaml")
            .SelectMany(Load)];

    public static YamlMappingNode Object(this List<YamlMappingNode> objects, string kind, string name) =>
        objects.Single(o => o.Text("kind") == kind && o.Map("metadata").Text("name") == name);

    public static YamlMappingNode Map(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlMappingNode map
            ? map
            : throw new KeyNotFoundException($"No mapping '{key}' at {node.Start}");

    public static YamlSequenceNode List(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlSequenceNode list
            ? list
            : throw new KeyNotFoundException($"No list '{key}' at {node.Start}");

    public static string? Text(this YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var child) && child is YamlScalarNode scalar ? scalar.Value : null;

    public static bool Has(this YamlMappingNode node, string key) => node.Children.ContainsKey(new YamlScalarNode(key));

    public static IEnumerable<YamlMappingNode> Maps(this YamlSequenceNode list) => list.Children.OfType<YamlMappingNode>();

    /// <summary>A Deployment's pod spec.</summary>
    public static YamlMappingNode PodSpec(this YamlMappingNode deployment) => deployment.Map("spec").Map("template").Map("spec");

    /// <summary>A container's env entries with a plain value.</summary>
    public static Dictionary<string, string> PlainEnvironment(this YamlMappingNode container) =>
        container.List("env").Maps().Where(e => e.Text("value") is not null).ToDictionary(e => e.Text("name")!, e => e.Text("value")!);

    /// <summary>A container's env entries taken from the pod (downward API): name to field path.</summary>
    public static Dictionary<string, string> FieldEnvironment(this YamlMappingNode container) =>
        container.List("env").Maps().Where(e => e.Has("valueFrom") && e.Map("valueFrom").Has("fieldRef"))
            .ToDictionary(e => e.Text("name")!, e => e.Map("valueFrom").Map("fieldRef").Text("fieldPath")!);

    /// <summary>Container port number by name.</summary>
    public static Dictionary<string, int> Ports(this YamlMappingNode container) =>
        container.List("ports").Maps().ToDictionary(p => p.Text("name")!, p => int.Parse(p.Text("containerPort")!, System.Globalization.CultureInfo.InvariantCulture));

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Mesh.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Mesh.sln was not found above the test folder.");
    }
}
