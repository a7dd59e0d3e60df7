using Mesh.Grains;

namespace Mesh.WebFrontend.Validation;

/// <summary>Tenant, user and other clinic ids: the record id rule (<see cref="RecordIds"/>) at 64 characters.</summary>
public static class ClinicIds
{
    /// <summary>The longest tenant or user id Mesh takes.</summary>
    public const int MaxLength = 64;

    /// <summary>Whether <paramref name="id"/> can be a tenant, user or record id of a clinic.</summary>
    public static bool IsValid(string? id) => RecordIds.IsValid(id, MaxLength);
}
