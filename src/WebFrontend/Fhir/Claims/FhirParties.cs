using Hl7.Fhir.Model;
using Mesh.Grains.Claims;

namespace Mesh.WebFrontend.Fhir.Claims;

/// <summary>Reads the payer and the providers a Claim or ExplanationOfBenefit names, whether by reference, identifier or name alone.</summary>
internal static class FhirParties
{
    private const string NpiSystem = "us-npi";
    private const string TaxIdSystem = "2.16.840.1.113883.4.4";

    /// <summary>
    /// The payer: the focal insurance's Coverage (its first payor), else the insurer. Its id is the payer's identifier
    /// when one is given, else the Organization's id, else its name made safe; null when nothing names one.
    /// </summary>
    public static ClaimParty? Payer(ResourceReference? coverage, ResourceReference? insurer, DomainResource owner, FhirLinks links)
    {
        if (links.Resolve(coverage, owner) is Coverage resolved && resolved.Payor.FirstOrDefault() is { } payor
            && Party(payor, resolved, links) is { } fromCoverage)
        {
            return fromCoverage;
        }

        return Party(insurer, owner, links) ?? (coverage?.Display is { Length: > 0 } name ? new ClaimParty(FhirBilling.SafeId(name), name.Trim()) : null);
    }

    /// <summary>A provider as the claim names it: NPI (else another identifier, else the resource's id), name and tax id.</summary>
    public static ClaimProvider? Provider(ResourceReference? reference, DomainResource owner, FhirLinks links)
    {
        if (reference is null)
        {
            return null;
        }

        var resource = links.Resolve(reference, owner);
        var identifiers = resource switch
        {
            Organization o => o.Identifier,
            Practitioner p => p.Identifier,
            PractitionerRole r => r.Identifier,
            _ => [],
        };
        identifiers = [.. identifiers, .. reference.Identifier is { } own ? [own] : Array.Empty<Identifier>()];
        var npi = identifiers.FirstOrDefault(i => i.System?.Contains(NpiSystem, StringComparison.OrdinalIgnoreCase) == true)?.Value;
        var taxId = identifiers.FirstOrDefault(i => i.System?.Contains(TaxIdSystem, StringComparison.Ordinal) == true)?.Value;
        var name = resource switch
        {
            Organization o => o.Name,
            Practitioner p => p.Name.Select(n => string.Join(' ', n.Given.Append(n.Family).Where(x => !string.IsNullOrWhiteSpace(x)))).FirstOrDefault(),
            _ => null,
        } ?? reference.Display ?? "";
        var id = npi ?? identifiers.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value))?.Value ?? resource?.Id ?? "";
        return new ClaimProvider(id.Trim(), name.Trim(), taxId?.Trim());
    }

    private static ClaimParty? Party(ResourceReference? reference, DomainResource owner, FhirLinks links)
    {
        if (reference is null)
        {
            return null;
        }

        var organization = links.Resolve(reference, owner) as Organization;
        var identifier = reference.Identifier?.Value ?? organization?.Identifier.FirstOrDefault(i => !string.IsNullOrWhiteSpace(i.Value))?.Value;
        var name = organization?.Name ?? reference.Display;
        var id = identifier ?? organization?.Id ?? name;
        return string.IsNullOrWhiteSpace(id) ? null : new ClaimParty(FhirBilling.SafeId(id), (name ?? id).Trim());
    }
}
