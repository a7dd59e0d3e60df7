using System.Text.RegularExpressions;

namespace Mesh.WebFrontend.Fhir;

/// <summary>
/// Resolves the <c>urn:uuid:</c> full URLs of a bundle: every reference to an entry's full URL becomes
/// <c>{type}/{id}</c>, so the stored resources point at each other the way a FHIR server's do.
/// </summary>
internal sealed partial class FhirReferences
{
    private readonly Dictionary<string, string> _byFullUrl = new(StringComparer.Ordinal);

    public void Add(string? fullUrl, string resourceType, string id)
    {
        if (!string.IsNullOrEmpty(fullUrl))
        {
            _byFullUrl[fullUrl] = $"{resourceType}/{id}";
        }
    }

    /// <summary>The local <c>{type}/{id}</c> a reference names, when it is an entry of the bundle or a relative reference.</summary>
    public string? Resolve(string? reference) =>
        reference is null ? null : _byFullUrl.TryGetValue(reference, out var local) ? local : reference;

    /// <summary>The resource's JSON with every reference to a bundle entry's full URL resolved.</summary>
    public string Rewrite(string json) =>
        _byFullUrl.Count == 0 ? json
            : QuotedUrn().Replace(json, m => _byFullUrl.TryGetValue(m.Groups[1].Value, out var local) ? $"\"{local}\"" : m.Value);

    [GeneratedRegex("\"(urn:(?:uuid|oid):[^\"]+)\"", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedUrn();
}
