using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;

namespace Mesh.Grains.Hosting.Sqlite;

/// <summary>Options of the SQLite reminder table.</summary>
public sealed class SqliteReminderTableOptions
{
    /// <summary>
    /// The SQLite file, e.g. <c>./data/mesh.db</c>; it may be the grain storage's file. Rows are keyed by the silo's
    /// <c>ClusterOptions.ServiceId</c>, so reminders survive a restart only with the same service id. Required.
    /// </summary>
    public string? DatabasePath { get; set; }
}

/// <summary>Checks <see cref="SqliteReminderTableOptions"/> when the silo starts.</summary>
internal sealed class SqliteReminderTableOptionsValidator(IOptions<SqliteReminderTableOptions> options) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        const string OptionName = $"{nameof(SqliteReminderTableOptions)}.{nameof(SqliteReminderTableOptions.DatabasePath)}";
        var path = options.Value.DatabasePath;
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new OrleansConfigurationException(
                $"{OptionName} is not set for the SQLite reminder table; set it to the SQLite file to use, e.g. ./data/mesh.db.");
        }

        SqliteOptionsValidation.ThrowIfInvalidPath(path, OptionName, "the SQLite reminder table");
    }
}
