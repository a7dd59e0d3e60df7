using Mesh.TestSupport;

namespace Mesh.Silo.Tests;

/// <summary>Test classes marked <c>[Collection("postgres")]</c> share the test PostgreSQL server.</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>;
