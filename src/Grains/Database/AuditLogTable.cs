using System.Data.Common;
using System.Text;

namespace Mesh.Grains.Database;

/// <summary>
/// The append-only audit log of access to patient data. There is deliberately no update or delete: the
/// schema rejects both, and this class offers neither.
/// </summary>
public sealed class AuditLogTable(MeshDatabase database)
{
    /// <summary>The largest page <see cref="QueryAsync"/> returns, so one request cannot pull the whole log.</summary>
    public const int MaxPageSize = 1000;

    private const string Columns =
        "occurred_at, tenant, user_id, action, resource_type, resource_id, outcome, client_address, correlation_id";

    private readonly MeshDatabase _database = database ?? throw new ArgumentNullException(nameof(database));

    /// <summary>Appends one entry.</summary>
    public async Task AppendAsync(AuditEntry entry, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrEmpty(entry.Tenant, nameof(entry));
        ArgumentException.ThrowIfNullOrEmpty(entry.UserId, nameof(entry));
        ArgumentException.ThrowIfNullOrEmpty(entry.Action, nameof(entry));
        ArgumentException.ThrowIfNullOrEmpty(entry.ResourceType, nameof(entry));
        ArgumentException.ThrowIfNullOrEmpty(entry.Outcome, nameof(entry));
        await using var connection = await _database.OpenWriteConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(
                $"INSERT INTO audit_log ({Columns}) VALUES (@time, @tenant, @userId, @action, @resourceType, "
                + "@resourceId, @outcome, @clientAddress, @correlationId)")
            .AddParameter("@time", _database.ToDbTime(entry.Time))
            .AddParameter("@tenant", entry.Tenant)
            .AddParameter("@userId", entry.UserId)
            .AddParameter("@action", entry.Action)
            .AddParameter("@resourceType", entry.ResourceType)
            .AddParameter("@resourceId", entry.ResourceId)
            .AddParameter("@outcome", entry.Outcome)
            .AddParameter("@clientAddress", entry.ClientAddress)
            .AddParameter("@correlationId", entry.CorrelationId);
        await command.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }

    /// <summary>Returns one page of the tenant's entries that match the query, newest first.</summary>
    public async Task<IReadOnlyList<AuditEntry>> QueryAsync(AuditQuery query, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentException.ThrowIfNullOrEmpty(query.Tenant, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        if (query.Limit is < 1 or > MaxPageSize)
        {
            throw new ArgumentOutOfRangeException(
                nameof(query), query.Limit, $"AuditQuery.Limit must be between 1 and {MaxPageSize}.");
        }

        await using var connection = await _database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var command = connection.CreateCommand(string.Empty);
        command.CommandText = BuildSelect(command, query);
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            entries.Add(new AuditEntry(
                _database.ReadTime(reader, 0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetNullableString(5),
                reader.GetString(6),
                reader.GetNullableString(7),
                reader.GetNullableString(8)));
        }

        return entries;
    }

    private string BuildSelect(DbCommand command, AuditQuery query)
    {
        // The tenant filter is unconditional: a query can narrow within a clinic, never widen past it.
        var sql = new StringBuilder($"SELECT {Columns} FROM audit_log WHERE tenant = @tenant");
        command.AddParameter("@tenant", query.Tenant);
        AddFilter(sql, command, "user_id = @userId", "@userId", query.UserId);
        AddFilter(sql, command, "action = @action", "@action", query.Action);
        AddFilter(sql, command, "resource_type = @resourceType", "@resourceType", query.ResourceType);
        AddFilter(sql, command, "resource_id = @resourceId", "@resourceId", query.ResourceId);
        AddFilter(sql, command, "occurred_at >= @from", "@from", query.From is { } from ? _database.ToDbTime(from) : null);
        AddFilter(sql, command, "occurred_at < @to", "@to", query.To is { } to ? _database.ToDbTime(to) : null);
        sql.Append(" ORDER BY occurred_at DESC, id DESC LIMIT @limit OFFSET @offset");
        command.AddParameter("@limit", query.Limit).AddParameter("@offset", query.Offset);
        return sql.ToString();
    }

    private static void AddFilter(StringBuilder sql, DbCommand command, string condition, string name, object? value)
    {
        if (value is not null)
        {
            sql.Append(" AND ").Append(condition);
            command.AddParameter(name, value);
        }
    }
}
