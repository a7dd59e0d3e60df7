namespace Mesh.Runtime.Tests.Cluster;

/// <summary>
/// Multi-silo tests run one class at a time: each starts several silos whose probes have short timeouts, and on a
/// busy machine two such clusters at once could starve each other into false suspicions.
/// </summary>
[CollectionDefinition("cluster")]
public sealed class ClusterCollection;
