using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Mesh.Grains.Hosting.Operations;
using Mesh.Silo.Clustering;
using Microsoft.Extensions.Configuration;
using Orleans.Hosting.Kubernetes;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Mesh.Silo.Tests.Operations;

/// <summary>
/// The Kubernetes manifests, docker-compose file and images, checked for what a mistake in them would break: the pod
/// labels and variables Orleans' Kubernetes hosting reads, probes on paths and ports Mesh serves, the ports silos
/// listen on, and settings the silo accepts. Where kubectl or docker compose is installed, they render the files too.
/// </summary>
public sealed partial class DeploymentManifestTests(ITestOutputHelper output)
{
    private static readonly string[] HealthPaths = [HealthEndpointExtensions.LivePath, HealthEndpointExtensions.ReadyPath];

    [Fact]
    public void Every_yaml_file_under_deploy_parses_and_the_kustomization_lists_every_manifest()
    {
        var files = Directory.GetFiles(Manifests.Deploy, "*.y*ml", SearchOption.AllDirectories);
        Assert.True(files.Length >= 10, string.Join(", ", files));
        foreach (var file in files)
        {
            Assert.NotEmpty(Manifests.Load(file));
        }

        var kustomization = Manifests.Load(Path.Combine(Manifests.Deploy, "k8s", "kustomization.yaml")).Single();
        var listed = kustomization.List("resources").Children.Cast<YamlScalarNode>().Select(r => r.Value!).Order().ToList();
        var present = Directory.GetFiles(Path.Combine(Manifests.Deploy, "k8s"), "*.yaml")
            .Select(file => Path.GetFileName(file)).Where(name => name != "kustomization.yaml").Order().ToList();
        Assert.Equal(present, listed);
    }

    [Fact]
    public void Silo_pods_carry_the_labels_and_variables_orleans_kubernetes_hosting_reads()
    {
        var objects = Manifests.KubernetesObjects();
        var silo = objects.Object("Deployment", "mesh-silo");
        var labels = silo.Map("spec").Map("template").Map("metadata").Map("labels");
        Assert.False(string.IsNullOrWhiteSpace(labels.Text(KubernetesHostingOptions.ServiceIdLabel)));
        Assert.False(string.IsNullOrWhiteSpace(labels.Text(KubernetesHostingOptions.ClusterIdLabel)));

        var container = silo.PodSpec().List("containers").Maps().Single();
        var fields = container.FieldEnvironment();
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ServiceIdLabel}']", fields[KubernetesHostingOptions.ServiceIdEnvironmentVariable]);
        Assert.Equal($"metadata.labels['{KubernetesHostingOptions.ClusterIdLabel}']", fields[KubernetesHostingOptions.ClusterIdEnvironmentVariable]);
        Assert.Equal("metadata.name", fields[KubernetesHostingOptions.PodNameEnvironmentVariable]);
        Assert.Equal("metadata.namespace", fields[KubernetesHostingOptions.PodNamespaceEnvironmentVariable]);
        Assert.Equal("status.podIP", fields[KubernetesHostingOptions.PodIPEnvironmentVariable]);
        Assert.Equal("true", container.PlainEnvironment()["Mesh__Cluster__Kubernetes"]);

        // The hosting package lists, watches and deletes the cluster's pods with the pod's service account.
        var account = silo.PodSpec().Text("serviceAccountName");
        var binding = objects.Single(o => o.Text("kind") == "RoleBinding"
            && o.List("subjects").Maps().Any(s => s.Text("kind") == "ServiceAccount" && s.Text("name") == account));
        var role = objects.Object("Role", binding.Map("roleRef").Text("name")!);
        var podRule = role.List("rules").Maps().Single(r => r.List("resources").Children.Cast<YamlScalarNode>().Any(x => x.Value == "pods"));
        var verbs = podRule.List("verbs").Children.Cast<YamlScalarNode>().Select(v => v.Value).ToHashSet();
        Assert.Superset(new HashSet<string?> { "get", "list", "watch", "delete" }, verbs);
    }

    [Fact]
    public void Silo_containers_listen_where_their_settings_say_and_their_settings_pass_the_silos_start_check()
    {
        var silo = Manifests.KubernetesObjects().Object("Deployment", "mesh-silo");
        var container = silo.PodSpec().List("containers").Maps().Single();
        var environment = container.PlainEnvironment();
        var ports = container.Ports();
        var defaults = new SiloClusteringOptions();
        Assert.Equal(Port(environment, "Mesh__Cluster__SiloPort", defaults.SiloPort), ports["silo"]);
        Assert.Equal(Port(environment, "Mesh__Cluster__GatewayPort", defaults.GatewayPort), ports["gateway"]);
        Assert.Equal(int.Parse(environment["Mesh__Management__Port"], CultureInfo.InvariantCulture), ports["management"]);

        // The settings as the process sees them: environment plus the secret files mounted into Mesh:SecretsDirectory.
        var secretFiles = silo.PodSpec().List("volumes").Maps().Where(v => v.Has("secret"))
            .SelectMany(v => v.Map("secret").List("items").Maps()).Select(item => item.Text("path")!);
        // The folder itself exists only in the pod; its files are what matters here.
        var settings = environment.Where(e => e.Key != "Mesh__SecretsDirectory").Select(e => KeyValuePair.Create(e.Key.Replace("__", ":", StringComparison.Ordinal), (string?)e.Value))
            .Concat(secretFiles.Select(file => KeyValuePair.Create(file.Replace("__", ":", StringComparison.Ordinal), (string?)"Host=db;Database=mesh")));
        var problems = MeshSettingsCheck.Problems(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        Assert.True(problems.Count == 0, string.Join(" ", problems));
        Assert.Contains("Mesh:Storage:ConnectionString", settings.Select(s => s.Key));

        // Long enough for Orleans to hand its activations over; one silo down at a time.
        Assert.True(int.Parse(silo.PodSpec().Text("terminationGracePeriodSeconds")!, CultureInfo.InvariantCulture) >= 60);
        var objects = Manifests.KubernetesObjects();
        var budget = objects.Single(o => o.Text("kind") == "PodDisruptionBudget"
            && o.Map("spec").Map("selector").Map("matchLabels").Text("app") == "mesh-silo");
        Assert.Equal("1", budget.Map("spec").Text("maxUnavailable"));
        var autoscaler = objects.Single(o => o.Text("kind") == "HorizontalPodAutoscaler");
        Assert.Equal("mesh-silo", autoscaler.Map("spec").Map("scaleTargetRef").Text("name"));
        Assert.Equal("cpu", autoscaler.Map("spec").List("metrics").Maps().Single().Map("resource").Text("name"));
    }

    [Fact]
    public void Every_probe_asks_a_health_path_mesh_serves_on_the_management_port()
    {
        var deployments = Manifests.KubernetesObjects().Where(o => o.Text("kind") == "Deployment").ToList();
        Assert.Equal(2, deployments.Count);
        foreach (var container in deployments.SelectMany(d => d.PodSpec().List("containers").Maps()))
        {
            var ports = container.Ports();
            var management = int.Parse(container.PlainEnvironment()["Mesh__Management__Port"], CultureInfo.InvariantCulture);
            var probes = new[] { "readinessProbe", "livenessProbe", "startupProbe" }.Where(container.Has).Select(container.Map).ToList();
            Assert.Contains(probes, probe => probe.Map("httpGet").Text("path") == HealthEndpointExtensions.ReadyPath);
            Assert.Contains(probes, probe => probe.Map("httpGet").Text("path") == HealthEndpointExtensions.LivePath);
            foreach (var probe in probes.Select(p => p.Map("httpGet")))
            {
                Assert.Contains(probe.Text("path"), HealthPaths);
                var port = probe.Text("port")!;
                Assert.Equal(management, int.TryParse(port, out var number) ? number : ports[port]);
            }
        }
    }

    [Fact]
    public void The_web_service_and_ingress_reach_the_webfrontends_public_port()
    {
        var objects = Manifests.KubernetesObjects();
        var web = objects.Object("Deployment", "mesh-web").PodSpec().List("containers").Maps().Single();
        var urls = web.PlainEnvironment()["ASPNETCORE_URLS"];
        Assert.Equal(web.Ports()["http"], int.Parse(urls[(urls.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture));
        var service = objects.Object("Service", "mesh-web");
        var servicePort = service.Map("spec").List("ports").Maps().Single();
        Assert.Contains(servicePort.Text("targetPort")!, web.Ports().Keys);
        var backend = objects.Single(o => o.Text("kind") == "Ingress").Map("spec").List("rules").Maps().Single()
            .Map("http").List("paths").Maps().Single().Map("backend").Map("service");
        Assert.Equal("mesh-web", backend.Text("name"));
        Assert.Equal(servicePort.Text("name"), backend.Map("port").Text("name"));
    }

    [Fact]
    public void Images_run_as_a_non_root_user_with_health_checks_on_live_at_the_port_they_serve_it()
    {
        foreach (var (file, port) in new[] { ("Silo.Dockerfile", "Mesh__Management__Port=(\\d+)"), ("WebFrontend.Dockerfile", "ASPNETCORE_URLS=http://\\+:(\\d+)") })
        {
            var text = File.ReadAllText(Path.Combine(Manifests.Deploy, "docker", file));
            Assert.Contains("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", text, StringComparison.Ordinal);
            Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", text, StringComparison.Ordinal);
            Assert.Contains("USER $APP_UID", text, StringComparison.Ordinal);
            var served = Regex.Match(text, port).Groups[1].Value;
            Assert.Matches(HealthCheck(), text);
            Assert.Equal(served, HealthCheck().Match(text).Groups["port"].Value);
            Assert.Equal(HealthEndpointExtensions.LivePath, HealthCheck().Match(text).Groups["path"].Value);
        }

        var silo = File.ReadAllText(Path.Combine(Manifests.Deploy, "docker", "Silo.Dockerfile"));
        Assert.Contains("ffmpeg", silo, StringComparison.Ordinal);
        Assert.Contains("espeak-ng", silo, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_runs_three_read_only_silos_and_two_webfrontends_behind_a_proxy_that_passes_websockets()
    {
        var compose = Manifests.Load(Path.Combine(Manifests.Deploy, "docker-compose.yml")).Single();
        var services = compose.Map("services");
        var names = services.Children.Keys.Cast<YamlScalarNode>().Select(k => k.Value!).ToList();
        Assert.Equal(3, names.Count(n => n.StartsWith("silo-", StringComparison.Ordinal)));
        Assert.Equal(2, names.Count(n => n.StartsWith("web-", StringComparison.Ordinal)));
        Assert.Contains("postgres", names);
        Assert.True(compose.Map("volumes").Has("postgres-data"));
        var nginx = File.ReadAllText(Path.Combine(Manifests.Deploy, "docker", "nginx.conf"));
        Assert.Contains("proxy_set_header Upgrade $http_upgrade;", nginx, StringComparison.Ordinal);
        Assert.Contains("ip_hash;", nginx, StringComparison.Ordinal);
        Assert.Contains("read_only: true", File.ReadAllText(Path.Combine(Manifests.Deploy, "docker-compose.yml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kubectl_and_docker_compose_render_the_files_where_they_are_installed()
    {
        // kubectl renders the kustomization offline; `kubectl apply --dry-run=client` needs an API server to discover
        // kinds from, which a build machine does not have.
        if (await RunAsync("kubectl", ["version", "--client"]) is (0, _))
        {
            var (code, text) = await RunAsync("kubectl", ["kustomize", Path.Combine(Manifests.Deploy, "k8s")]);
            Assert.True(code == 0, text);
            Assert.Contains("kind: HorizontalPodAutoscaler", text, StringComparison.Ordinal);
            Assert.Contains("namespace: mesh", text, StringComparison.Ordinal);
        }
        else
        {
            output.WriteLine("skipped kubectl kustomize: kubectl is not installed");
        }

        if (await RunAsync("docker", ["compose", "version"]) is (0, _))
        {
            var (code, text) = await RunAsync("docker", ["compose", "-f", Path.Combine(Manifests.Deploy, "docker-compose.yml"), "config", "--no-interpolate"]);
            Assert.True(code == 0, text);
        }
        else
        {
            output.WriteLine("skipped docker compose config: the docker compose plugin is not installed");
        }
    }

    private static int Port(Dictionary<string, string> environment, string key, int fallback) =>
        environment.TryGetValue(key, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private static async Task<(int Code, string Output)> RunAsync(string program, string[] arguments)
    {
        try
        {
            var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
            return (process.ExitCode, await stdout + await stderr);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (-1, $"{program} is not installed");
        }
    }

    [GeneratedRegex(@"HEALTHCHECK .*curl -fsS http://127\.0\.0\.1:(?<port>\d+)(?<path>/health/\w+)")]
    private static partial Regex HealthCheck();
}
