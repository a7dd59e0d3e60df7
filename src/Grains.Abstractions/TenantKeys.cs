namespace Mesh.Grains;

/// <summary>
/// Keys of grains that hold a clinic's data: <c>{tenant}/{id}</c>. The tenant comes first, so one clinic's request can
/// never address another clinic's grain: the same id under another tenant is simply another, empty grain.
/// </summary>
public static class TenantKeys
{
    /// <summary>The grain key of a clinic's item.</summary>
    public static string For(string tenant, string id) => $"{tenant}/{id}";

    /// <summary>Splits a grain key into tenant and id.</summary>
    public static (string Tenant, string Id) Parse(string key)
    {
        var slash = key.IndexOf('/', StringComparison.Ordinal);
        return slash <= 0 ? throw new FormatException($"'{key}' is not a tenant key (tenant/id).") : (key[..slash], key[(slash + 1)..]);
    }
}
