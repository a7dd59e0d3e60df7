using Npgsql;

namespace Mesh.Benchmarks.Failover;

/// <summary>
/// Reads a cluster's rows of Orleans' membership table the way Orleans' ADO.NET clustering does: with the query stored
/// under MembershipReadAllKey in OrleansQuery, so the benchmark does not depend on the table's own names.
/// </summary>
internal sealed class MembershipTable(string connectionString, string clusterId) : IAsyncDisposable
{
    /// <summary>Orleans' SiloStatus.Active.</summary>
    public const int Active = 3;

    /// <summary>Orleans' SiloStatus.Dead.</summary>
    public const int Dead = 6;

    private readonly NpgsqlDataSource _source = NpgsqlDataSource.Create(connectionString);
    private string? _query;

    /// <summary>(silo port, status) of every row of the cluster; empty before the first silo installed the schema and joined.</summary>
    public async Task<IReadOnlyList<(int Port, int Status)>> ReadAsync()
    {
        _query ??= await ReadQueryAsync();
        if (_query is null)
        {
            return [];
        }

        await using var command = _source.CreateCommand(_query);
        command.Parameters.AddWithValue("DeploymentId", clusterId);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(int, int)>();
        var port = reader.GetOrdinal("Port");
        var status = reader.GetOrdinal("Status");
        while (await reader.ReadAsync())
        {
            if (!reader.IsDBNull(port))
            {
                rows.Add((Convert.ToInt32(reader.GetValue(port)), Convert.ToInt32(reader.GetValue(status))));
            }
        }

        return rows;
    }

    public ValueTask DisposeAsync() => _source.DisposeAsync();

    private async Task<string?> ReadQueryAsync()
    {
        await using var command = _source.CreateCommand("SELECT QueryText FROM OrleansQuery WHERE QueryKey = 'MembershipReadAllKey'");
        try
        {
            return await command.ExecuteScalarAsync() as string;
        }
        catch (PostgresException missing) when (missing.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            return null; // The first silo has not installed the schema yet.
        }
    }
}
