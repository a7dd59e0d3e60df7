using System.Data.Common;

namespace Mesh.Runtime.AdoNet;

/// <summary>Small helpers so every table builds commands the same way on both providers.</summary>
internal static class DbCommandExtensions
{
    /// <summary>Creates a command; both Npgsql and Microsoft.Data.Sqlite accept <c>@name</c> placeholders.</summary>
    public static DbCommand CreateCommand(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand AddParameter(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    public static string? GetNullableString(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
