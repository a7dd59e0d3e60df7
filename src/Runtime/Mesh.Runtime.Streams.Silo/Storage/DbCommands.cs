using System.Data.Common;

namespace Mesh.Runtime.Streams.Storage;

/// <summary>Builds commands the same way on both providers; both accept <c>@name</c> placeholders.</summary>
internal static class DbCommands
{
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }

    /// <summary>Replaces the value of a parameter added earlier, to run one prepared statement for many rows.</summary>
    public static void Set(this DbCommand command, string name, object? value) => command.Parameters[name].Value = value ?? DBNull.Value;
}
