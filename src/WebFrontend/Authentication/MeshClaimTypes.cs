namespace Mesh.WebFrontend.Authentication;

/// <summary>The claim names Mesh reads from a bearer token.</summary>
public static class MeshClaimTypes
{
    public const string Subject = "sub";
    public const string Tenant = "tenant";
    public const string Role = "role";
    public const string Name = "name";
}
