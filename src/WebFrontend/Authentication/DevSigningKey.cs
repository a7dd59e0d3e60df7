using System.Security.Cryptography;
using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>
/// The local-mode HS256 key: 256 random bits created on first start under the data directory and reused after,
/// so development tokens survive restarts. Never used outside local mode.
/// </summary>
internal sealed class DevSigningKey
{
    public const string FileName = "dev-signing.key";
    private const int KeyBytes = 32;

    private readonly Lazy<SymmetricSecurityKey> _key;

    public DevSigningKey(IOptions<MeshWebOptions> options, IHostEnvironment environment)
    {
        var path = Path.Combine(environment.ResolvePath(options.Value.DataDirectory), FileName);
        _key = new Lazy<SymmetricSecurityKey>(() => new SymmetricSecurityKey(LoadOrCreate(path)) { KeyId = "mesh-dev" });
    }

    public SymmetricSecurityKey Key => _key.Value;

    private static byte[] LoadOrCreate(string path)
    {
        if (!File.Exists(path))
        {
            TryCreate(path);
        }

        var key = Convert.FromBase64String(File.ReadAllText(path).Trim());
        return key.Length >= KeyBytes
            ? key
            : throw new InvalidOperationException($"Development signing key '{path}' is shorter than {KeyBytes * 8} bits; delete it to create a new one.");
    }

    private static void TryCreate(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToBase64String(RandomNumberGenerator.GetBytes(KeyBytes)));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created the key between our check and our write; theirs is read below.
            return;
        }
    }
}
