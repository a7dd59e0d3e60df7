using System.Data.Common;
using System.Globalization;

namespace Mesh.Grains.Database;

/// <summary>
/// Timestamps as stored: UTC at microsecond precision (PostgreSQL's), so a value reads back the same in
/// both dialects. SQLite has no time type; a fixed-width ISO-8601 string sorts and compares correctly.
/// </summary>
internal static class StoredTime
{
    private const string SqliteFormat = "yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'";
    private const long TicksPerMicrosecond = 10;

    public static object ToDb(SqlDialect dialect, DateTimeOffset time)
    {
        var utc = time.UtcDateTime;
        var truncated = new DateTimeOffset(utc.Ticks - (utc.Ticks % TicksPerMicrosecond), TimeSpan.Zero);
        return dialect == SqlDialect.Sqlite
            ? truncated.ToString(SqliteFormat, CultureInfo.InvariantCulture)
            : truncated;
    }

    public static DateTimeOffset Read(SqlDialect dialect, DbDataReader reader, int ordinal) =>
        dialect == SqlDialect.Sqlite
            ? DateTimeOffset.ParseExact(
                reader.GetString(ordinal), SqliteFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal)
            : reader.GetFieldValue<DateTimeOffset>(ordinal);
}
