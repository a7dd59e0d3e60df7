using System.Data.Common;

namespace Mesh.Grains.Database;

/// <summary>Small helpers so every table (and the stream store) builds commands the same way on both providers.</summary>
public static class DbCommandExtensions
{
    /// <summary>Creates a command; both Npgsql and Microsoft.Data.Sqlite accept <c>@name</c> placeholders.</summary>
    public static DbCommand CreateCommand(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    /// <summary>Adds a parameter; null becomes DBNull.</summary>
    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Replaces the value of a parameter added earlier, to run one prepared statement for many rows.</summary>
    public static void SetParameter(this DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;

    /// <summary>The column's string, or null for SQL NULL.</summary>
    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
