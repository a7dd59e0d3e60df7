namespace Mesh.WebFrontend.Authentication;

/// <summary>The algorithms a token may name in its header; everything else, "none" included, is refused.</summary>
public static class SigningAlgorithms
{
    public const string Rs256 = "RS256";
    public const string Es256 = "ES256";

    /// <summary>Only for tokens issued by this process in local mode.</summary>
    public const string Hs256 = "HS256";

    public static readonly IReadOnlySet<string> Asymmetric = new HashSet<string>(StringComparer.Ordinal)
    {
        "RS256", "RS384", "RS512", "PS256", "PS384", "PS512", "ES256", "ES384", "ES512",
    };

    public static readonly IReadOnlyList<string> DefaultAsymmetric = [Rs256, Es256];
}
