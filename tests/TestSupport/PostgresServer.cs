using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Npgsql;

namespace Mesh.TestSupport;

/// <summary>
/// A private PostgreSQL server for tests: a fresh cluster in a temp folder, listening on a free loopback port,
/// trusting 127.0.0.1 only, with fsync off because its data is thrown away. Stopped and deleted on dispose.
/// </summary>
public sealed partial class PostgresServer : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private static readonly Lazy<Task<PostgresServer>> Shared = new(() => StartAsync(isShared: true));

    private readonly PostgresBinaries _binaries;
    private readonly TempDirectory _root;
    private readonly NpgsqlDataSource _admin;
    private readonly bool _isShared;
    private int _stopped;

    private PostgresServer(PostgresBinaries binaries, TempDirectory root, int port, bool isShared)
    {
        _binaries = binaries;
        _root = root;
        _isShared = isShared;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Username = "postgres",
            Database = "postgres",
            IncludeErrorDetail = true,
        }.ConnectionString;
        _admin = NpgsqlDataSource.Create(ConnectionString);
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>A connection string to the server's <c>postgres</c> maintenance database.</summary>
    public string ConnectionString { get; }

    private string DataDirectory => _root.Combine("data");

    /// <summary>Starts a new server that the caller owns and disposes.</summary>
    public static Task<PostgresServer> StartAsync() => StartAsync(isShared: false);

    /// <summary>
    /// The server shared by every test in this process, started on first use and stopped (by a watchdog)
    /// when the process exits. Disposing it does nothing, so no test can pull it from under another.
    /// </summary>
    public static Task<PostgresServer> GetSharedAsync() => Shared.Value;

    /// <summary>Creates an empty database and returns a connection string to it.</summary>
    public async Task<string> CreateDatabaseAsync(string? name = null)
    {
        name ??= $"mesh_{Guid.NewGuid():N}";
        if (!DatabaseName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain lower-case database name.", nameof(name));
        }

        await using var command = _admin.CreateCommand($"CREATE DATABASE \"{name}\"");
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
        return new NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server at once and deletes its folder (does nothing for the shared server).</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_isShared)
        {
            await StopAsync().ConfigureAwait(false);
        }
    }

    private static async Task<PostgresServer> StartAsync(bool isShared)
    {
        var binaries = await PostgresBinaries.LocateAsync().ConfigureAwait(false);
        var root = new TempDirectory("mesh-pg-");
        try
        {
            await PostgresBinaries.GrantAsync(root.Path).ConfigureAwait(false);
            var dataDirectory = root.Combine("data");
            await binaries.RunAsync(
                "initdb", "-D", dataDirectory, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")
                .ConfigureAwait(false);
            // Only TCP from this machine, and no unix socket that could clash with a system server.
            await File.WriteAllTextAsync(Path.Combine(dataDirectory, "pg_hba.conf"), "host all all 127.0.0.1/32 trust\n")
                .ConfigureAwait(false);
            for (var attempt = 1; ; attempt++)
            {
                var port = FreeLoopbackPort();
                await File.AppendAllTextAsync(Path.Combine(dataDirectory, "postgresql.conf"), Settings(port)).ConfigureAwait(false);
                try
                {
                    await binaries.RunAsync("pg_ctl", "-D", dataDirectory, "-l", root.Combine("server.log"), "-w", "-t", "60", "start")
                        .ConfigureAwait(false);
                    binaries.StopWhenThisProcessExits(dataDirectory, root.Path);
                    return new PostgresServer(binaries, root, port, isShared);
                }
                catch (InvalidOperationException) when (attempt < StartAttempts)
                {
                    // Another process may have taken the port between probing and binding; later settings win.
                    continue;
                }
            }
        }
        catch
        {
            root.Dispose();
            throw;
        }
    }

    private async Task StopAsync()
    {
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        await _admin.DisposeAsync().ConfigureAwait(false);
        await _binaries.RunAsync("pg_ctl", "-D", DataDirectory, "-m", "immediate", "-w", "stop").ConfigureAwait(false);
        _root.Dispose();
    }

    private static string Settings(int port) => $"""

        listen_addresses = '127.0.0.1'
        port = {port}
        unix_socket_directories = ''
        fsync = off
        synchronous_commit = off
        full_page_writes = off
        max_connections = 200
        shared_buffers = 32MB
        """;

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex DatabaseName();
}
