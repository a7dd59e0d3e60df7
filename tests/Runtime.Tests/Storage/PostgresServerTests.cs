using Mesh.Testing;
using Npgsql;

namespace Mesh.Runtime.Tests.Storage;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task StartAsync_ServesFreshDatabasesUntilDisposed()
    {
        string connectionString;
        await using (var server = await PostgresServer.StartAsync())
        {
            connectionString = await server.CreateDatabaseAsync("clinic_records");

            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT current_database()", connection);
            Assert.Equal("clinic_records", await command.ExecuteScalarAsync());
            Assert.NotEqual(connectionString, await server.CreateDatabaseAsync());
            await Assert.ThrowsAsync<ArgumentException>(() => server.CreateDatabaseAsync("Robert'); DROP TABLE x;--"));
        }

        NpgsqlConnection.ClearAllPools();
        await using var afterStop = new NpgsqlConnection(connectionString);
        await Assert.ThrowsAnyAsync<NpgsqlException>(() => afterStop.OpenAsync());
    }
}
