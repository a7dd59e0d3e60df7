using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>
/// The signing keys of a JWKS file, read again when the file changes so a key the identity provider adds is trusted
/// without a restart (and a key it removes stops being trusted). The file is looked at on use, at most once per
/// <see cref="CheckInterval"/>, so nothing runs in the background and an idle node reads nothing. A file that fails
/// to load (half written, missing during a swap) keeps the last good keys until it changes again.
/// </summary>
internal sealed partial class JwksKeyFile
{
    public static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(2);

    private readonly string _path;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly Lock _reload = new();
    private volatile Loaded _loaded;
    private FileStamp _failed;
    private long _nextCheck;

    /// <summary>Loads the file now; a broken file at start throws, so the node never takes traffic without its keys.</summary>
    public JwksKeyFile(string path, TimeProvider time, ILogger logger)
    {
        _path = path;
        _time = time;
        _logger = logger;
        var stamp = FileStamp.Of(path);
        _loaded = new Loaded(stamp, Read(path));
        _nextCheck = NextCheck();
    }

    public IReadOnlyList<SecurityKey> Keys
    {
        get
        {
            if (_time.GetTimestamp() >= Interlocked.Read(ref _nextCheck))
            {
                ReloadIfChanged();
            }

            return _loaded.Keys;
        }
    }

    private void ReloadIfChanged()
    {
        lock (_reload)
        {
            if (_time.GetTimestamp() < _nextCheck)
            {
                return;
            }

            Interlocked.Exchange(ref _nextCheck, NextCheck());
            var stamp = FileStamp.Of(_path);
            if (stamp == _loaded.Stamp || stamp == _failed)
            {
                return;
            }

            try
            {
                _loaded = new Loaded(stamp, Read(_path));
                LogReloaded(_logger, _path, _loaded.Keys.Count);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidOperationException)
            {
                _failed = stamp;
                LogReloadFailed(_logger, _path, exception.Message);
            }
        }
    }

    private long NextCheck() => _time.GetTimestamp() + (long)(CheckInterval.TotalSeconds * _time.TimestampFrequency);

    private static IReadOnlyList<SecurityKey> Read(string path)
    {
        // The library parses the set; Mesh only decides which keys it may hold.
        JsonWebKeySet set;
        try
        {
            set = new JsonWebKeySet(File.ReadAllText(path));
        }
        catch (ArgumentException exception)
        {
            throw new InvalidOperationException($"JWKS file '{path}' is not a JSON Web Key Set.", exception);
        }

        foreach (var key in set.Keys)
        {
            if (key.Kty is not (JsonWebAlgorithmsKeyTypes.RSA or JsonWebAlgorithmsKeyTypes.EllipticCurve))
            {
                // A symmetric ("oct") key here would let anyone who reads the file sign tokens.
                throw new InvalidOperationException($"JWKS file '{path}' key '{key.Kid}' has kty '{key.Kty}'; only RSA and EC public keys are accepted.");
            }

            // HasPrivateKey wants every RSA private parameter; a lone "d" is already a leaked key.
            if (key.HasPrivateKey || key.D is not null)
            {
                throw new InvalidOperationException($"JWKS file '{path}' key '{key.Kid}' holds private key parameters; only public keys are accepted.");
            }
        }

        var keys = set.GetSigningKeys();
        return keys.Count > 0 ? [.. keys] : throw new InvalidOperationException($"JWKS file '{path}' holds no signing key.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "JWKS file {Path} changed; bearer tokens are now checked against its {KeyCount} signing keys")]
    private static partial void LogReloaded(ILogger logger, string path, int keyCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "JWKS file {Path} changed but could not be loaded; keeping the previous keys: {Reason}")]
    private static partial void LogReloadFailed(ILogger logger, string path, string reason);

    private sealed record Loaded(FileStamp Stamp, IReadOnlyList<SecurityKey> Keys);
}
