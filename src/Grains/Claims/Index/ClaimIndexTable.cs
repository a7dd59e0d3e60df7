using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Mesh.Grains.Database;

namespace Mesh.Grains.Claims.Index;

/// <summary>
/// Reads the claim index: one row per claim and one per denial, with the columns the lists filter on. A clinic lists
/// ten thousand claims from here in one indexed query instead of asking ten thousand grains.
/// </summary>
public sealed class ClaimIndexTable(MeshDatabase database)
{
    public async Task<ClaimPage> ListClaimsAsync(string tenant, ClaimQuery query, CancellationToken ct = default)
    {
        var where = new StringBuilder(" WHERE tenant = @tenant");
        await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var count = connection.CreateCommand(string.Empty).AddParameter("@tenant", tenant);
        await using var page = connection.CreateCommand(string.Empty).AddParameter("@tenant", tenant);
        Filter(where, "status = @status", "@status", query.Status?.ToString(), count, page);
        Filter(where, "payer_id = @payer", "@payer", query.PayerId, count, page);
        Filter(where, "patient_id = @patient", "@patient", query.PatientId, count, page);
        Filter(where, "service_from >= @from", "@from", Day(query.From), count, page);
        Filter(where, "service_from <= @to", "@to", Day(query.To), count, page);
        count.CommandText = $"SELECT COUNT(*) FROM claim_index{where}";
        page.CommandText = $"SELECT summary FROM claim_index{where} ORDER BY service_from DESC, claim_id LIMIT @limit OFFSET @offset";
        page.AddParameter("@limit", query.Limit).AddParameter("@offset", query.Offset);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(ct).ConfigureAwait(false), CultureInfo.InvariantCulture);
        return new ClaimPage(await ReadAsync<ClaimSummary>(page, ct).ConfigureAwait(false), total);
    }

    public async Task<DenialPage> ListDenialsAsync(string tenant, DenialQuery query, CancellationToken ct = default)
    {
        var where = new StringBuilder(" WHERE tenant = @tenant");
        await using var connection = await database.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var count = connection.CreateCommand(string.Empty).AddParameter("@tenant", tenant);
        await using var page = connection.CreateCommand(string.Empty).AddParameter("@tenant", tenant);
        Filter(where, "payer_id = @payer", "@payer", query.PayerId, count, page);
        Filter(where, "reason = @reason", "@reason", query.Reason, count, page);
        Filter(where, "claim_id = @claim", "@claim", query.ClaimId, count, page);
        Filter(where, "payment_date >= @from", "@from", Day(query.From), count, page);
        Filter(where, "payment_date <= @to", "@to", Day(query.To), count, page);
        count.CommandText = $"SELECT COUNT(*), COALESCE(SUM(amount_cents), 0) FROM claim_denials{where}";
        page.CommandText = $"SELECT denial FROM claim_denials{where} ORDER BY amount_cents DESC, denial_id LIMIT @limit OFFSET @offset";
        page.AddParameter("@limit", query.Limit).AddParameter("@offset", query.Offset);
        int total;
        decimal amount;
        await using (var reader = await count.ExecuteReaderAsync(ct).ConfigureAwait(false))
        {
            await reader.ReadAsync(ct).ConfigureAwait(false);
            total = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            amount = Convert.ToDecimal(reader.GetValue(1), CultureInfo.InvariantCulture) / 100;
        }

        return new DenialPage(await ReadAsync<ClaimDenial>(page, ct).ConfigureAwait(false), total, amount);
    }

    /// <summary>Days are stored as ISO text in both dialects, which sorts and compares as dates do.</summary>
    internal static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Filter(StringBuilder where, string condition, string name, object? value, params DbCommand[] commands)
    {
        if (value is null)
        {
            return;
        }

        where.Append(" AND ").Append(condition);
        foreach (var command in commands)
        {
            command.AddParameter(name, value);
        }
    }

    private static async Task<List<T>> ReadAsync<T>(DbCommand command, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct).ConfigureAwait(false);
        var items = new List<T>();
        while (await reader.ReadAsync(ct).ConfigureAwait(false))
        {
            items.Add(JsonSerializer.Deserialize<T>(reader.GetString(0), ClaimIndexJson.Options)!);
        }

        return items;
    }
}
