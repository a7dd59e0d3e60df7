using System.Globalization;
using Mesh.Runtime.AdoNet;

namespace Mesh.Runtime.State;

/// <summary>
/// Grain state in SQLite or PostgreSQL through the shared ADO.NET layer. The schema is applied once, on first use.
/// ETags are the row versions; the version check and the write are one statement, so two writers cannot both win.
/// </summary>
public sealed class AdoNetGrainStorage : IGrainStorage
{
    private readonly GrainStateTable _table;
    private readonly Lazy<Task> _schema;

    /// <summary>Stores state in <paramref name="database"/>.</summary>
    public AdoNetGrainStorage(MeshDatabase database)
    {
        _table = new GrainStateTable(database);
        _schema = new Lazy<Task>(() => database.EnsureSchemaAsync());
    }

    /// <inheritdoc />
    public async Task<GrainStateRecord?> ReadAsync(GrainId grainId, string stateName, CancellationToken cancellationToken)
    {
        await _schema.Value;
        var stored = await _table.ReadAsync(grainId.Type, grainId.Key, stateName, cancellationToken);
        return stored is null ? null : new GrainStateRecord(stored.Payload, Format(stored.Version));
    }

    /// <inheritdoc />
    public async Task<string> WriteAsync(GrainId grainId, string stateName, ReadOnlyMemory<byte> payload, string? etag, CancellationToken cancellationToken)
    {
        await _schema.Value;
        try
        {
            return Format(await _table.WriteAsync(grainId.Type, grainId.Key, stateName, Parse(etag), payload, cancellationToken));
        }
        catch (VersionConflictException conflict)
        {
            throw new InconsistentStateException($"State '{stateName}' of {grainId} was changed by another writer since ETag {etag ?? "none"}.", conflict);
        }
    }

    /// <inheritdoc />
    public async Task ClearAsync(GrainId grainId, string stateName, string? etag, CancellationToken cancellationToken)
    {
        await _schema.Value;
        try
        {
            await _table.ClearAsync(grainId.Type, grainId.Key, stateName, Parse(etag), cancellationToken);
        }
        catch (VersionConflictException conflict)
        {
            throw new InconsistentStateException($"State '{stateName}' of {grainId} was changed by another writer since ETag {etag ?? "none"}.", conflict);
        }
    }

    private static string Format(long version) => version.ToString(CultureInfo.InvariantCulture);

    private static long? Parse(string? etag) =>
        etag is null ? null
        : long.TryParse(etag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
        : throw new InconsistentStateException($"'{etag}' is not an ETag of this storage.");
}
