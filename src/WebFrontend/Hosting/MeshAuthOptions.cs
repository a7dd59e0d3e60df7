namespace Mesh.WebFrontend.Hosting;

/// <summary>Bearer token validation.</summary>
public sealed class MeshAuthOptions
{
    /// <summary>Required issuer ("iss"). Required outside local mode; local mode defaults to "mesh-local".</summary>
    public string? Issuer { get; set; }

    /// <summary>Required audience ("aud"). Required outside local mode; local mode defaults to "mesh-api".</summary>
    public string? Audience { get; set; }

    /// <summary>PEM files, each holding one RSA or EC public key (or certificate) of the identity provider.</summary>
    public string[] PublicKeyFiles { get; set; } = [];

    /// <summary>A JWKS JSON file of the identity provider's public keys; read again when it changes, no restart needed.</summary>
    public string? JwksFile { get; set; }

    /// <summary>Accepted asymmetric algorithms; empty means RS256 and ES256.</summary>
    public string[] Algorithms { get; set; } = [];
}
