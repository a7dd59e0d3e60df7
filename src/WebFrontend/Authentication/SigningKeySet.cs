using Mesh.WebFrontend.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Mesh.WebFrontend.Authentication;

/// <summary>The keys and algorithms tokens are checked against, loaded once at start (restart to rotate keys).</summary>
internal sealed class SigningKeySet
{
    public SigningKeySet(IOptions<MeshWebOptions> options, IHostEnvironment environment, DevSigningKey devKey)
    {
        var mesh = options.Value;
        var keys = new List<SecurityKey>();
        foreach (var file in mesh.Auth.PublicKeyFiles)
        {
            keys.AddRange(PemPublicKeyReader.Read(environment.ResolvePath(file)));
        }

        if (mesh.Auth.JwksFile is { } jwks)
        {
            keys.AddRange(JwksReader.Read(environment.ResolvePath(jwks)));
        }

        var algorithms = new HashSet<string>(
            mesh.Auth.Algorithms.Length > 0 ? mesh.Auth.Algorithms : SigningAlgorithms.DefaultAsymmetric,
            StringComparer.Ordinal);
        if (mesh.LocalMode)
        {
            keys.Add(devKey.Key);
            algorithms.Add(SigningAlgorithms.Hs256);
        }

        Keys = keys;
        Algorithms = algorithms;
    }

    public IReadOnlyList<SecurityKey> Keys { get; }

    public IReadOnlySet<string> Algorithms { get; }
}
