using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>
/// The keys and algorithms bearer tokens are checked against: PEM keys and the local development key are fixed at
/// start, JWKS keys follow their file (see <see cref="JwksKeyFile"/>).
/// </summary>
internal sealed class SigningKeySet
{
    private readonly IReadOnlyList<SecurityKey> _fixedKeys;
    private readonly JwksKeyFile? _jwks;

    public SigningKeySet(
        IOptions<MeshWebOptions> options,
        IHostEnvironment environment,
        DevSigningKey devKey,
        TimeProvider time,
        ILogger<JwksKeyFile> jwksLogger)
    {
        var mesh = options.Value;
        var keys = mesh.Auth.PublicKeyFiles.Select(file => PemKeyFile.Read(environment.ResolvePath(file))).ToList();
        var algorithms = new HashSet<string>(
            mesh.Auth.Algorithms.Length > 0 ? mesh.Auth.Algorithms : SigningAlgorithms.DefaultAsymmetric,
            StringComparer.Ordinal);
        if (mesh.LocalMode)
        {
            keys.Add(devKey.Key);
            algorithms.Add(SigningAlgorithms.Hs256);
        }

        _fixedKeys = keys;
        _jwks = mesh.Auth.JwksFile is { } jwks ? new JwksKeyFile(environment.ResolvePath(jwks), time, jwksLogger) : null;
        Algorithms = algorithms;
    }

    public IReadOnlySet<string> Algorithms { get; }

    /// <summary>Every key trusted right now.</summary>
    public IReadOnlyList<SecurityKey> Keys => _jwks is null ? _fixedKeys : [.. _fixedKeys, .. _jwks.Keys];

    /// <summary>The keys a token may be signed with: those named by its "kid" when any is, otherwise all of them.</summary>
    public IEnumerable<SecurityKey> Resolve(string? keyId)
    {
        var keys = Keys;
        if (string.IsNullOrEmpty(keyId))
        {
            return keys;
        }

        var named = keys.Where(key => string.Equals(key.KeyId, keyId, StringComparison.Ordinal)).ToList();
        return named.Count > 0 ? named : keys;
    }
}
