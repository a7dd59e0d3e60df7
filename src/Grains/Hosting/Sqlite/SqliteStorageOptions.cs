using Orleans;
using Orleans.Runtime;
using Orleans.Storage;

namespace Mesh.Grains.Hosting.Sqlite;

/// <summary>Options of one SQLite grain storage provider (named like the provider).</summary>
public sealed class SqliteStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>
    /// The SQLite file, e.g. <c>./data/mesh.db</c>; relative paths resolve against the process's current directory.
    /// The folder and the file are created as needed. Providers and the reminder table that name the same file share
    /// one writer (one group commit). Required.
    /// </summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// When true, clearing a state deletes its row and the grain's ETag becomes null. When false (the default), the row
    /// stays with no payload and a new version, so an activation that still holds an ETag from before the clear fails
    /// its next write instead of resurrecting the state.
    /// </summary>
    public bool DeleteStateOnClear { get; set; }

    /// <summary>
    /// The lifecycle stage at which the provider opens the file and creates its table; by default
    /// <see cref="ServiceLifecycleStage.ApplicationServices"/>, as Orleans' own storage providers.
    /// </summary>
    public int InitStage { get; set; } = ServiceLifecycleStage.ApplicationServices;

    /// <summary>
    /// The state serializer. Left null, it becomes the <see cref="IGrainStorageSerializer"/> registered under the
    /// provider's name, or else the silo's default one, as for Orleans' own providers.
    /// </summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}

/// <summary>Checks a <see cref="SqliteStorageOptions"/> when the silo starts.</summary>
internal sealed class SqliteStorageOptionsValidator(SqliteStorageOptions options, string name) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new OrleansConfigurationException(
                $"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.DatabasePath)} is not set for SQLite grain storage "
                + $"'{name}'; set it to the SQLite file to use, e.g. ./data/mesh.db.");
        }

        SqliteOptionsValidation.ThrowIfInvalidPath(options.DatabasePath, $"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.DatabasePath)}", $"SQLite grain storage '{name}'");
        if (options.GrainStorageSerializer is null)
        {
            throw new OrleansConfigurationException(
                $"{nameof(SqliteStorageOptions)}.{nameof(SqliteStorageOptions.GrainStorageSerializer)} is null for SQLite grain storage '{name}' "
                + "and no IGrainStorageSerializer is registered to default to.");
        }
    }
}

internal static class SqliteOptionsValidation
{
    public static void ThrowIfInvalidPath(string path, string optionName, string owner)
    {
        try
        {
            var full = Path.GetFullPath(path);
            if (Directory.Exists(full))
            {
                throw new OrleansConfigurationException($"{optionName} '{path}' of {owner} is a folder; name a file in it, e.g. {Path.Combine(path, "mesh.db")}.");
            }
        }
        catch (Exception error) when (error is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new OrleansConfigurationException($"{optionName} '{path}' of {owner} is not a valid file path: {error.Message}", error);
        }
    }
}
