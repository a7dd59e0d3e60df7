using Mesh.TestSupport;

namespace Mesh.Grains.Tests.Cluster;

/// <summary>The tests that share the private PostgreSQL server (each makes databases of its own).</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
