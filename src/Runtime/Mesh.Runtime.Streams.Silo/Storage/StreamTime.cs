using System.Data.Common;
using System.Globalization;
using Mesh.Runtime.AdoNet;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>
/// Times as the stream tables store them, the way the rest of Mesh's schema does: UTC at microsecond precision;
/// TIMESTAMPTZ on PostgreSQL, fixed-width ISO-8601 text (which sorts as it compares) on SQLite.
/// </summary>
internal static class StreamTime
{
    private const string SqliteFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";

    public static object ToDb(SqlDialect dialect, DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        var truncated = new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
        return dialect == SqlDialect.Sqlite ? truncated.ToString(SqliteFormat, CultureInfo.InvariantCulture) : truncated;
    }

    public static DateTimeOffset Read(SqlDialect dialect, DbDataReader reader, int ordinal) =>
        dialect == SqlDialect.Sqlite
            ? DateTimeOffset.ParseExact(reader.GetString(ordinal), SqliteFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
