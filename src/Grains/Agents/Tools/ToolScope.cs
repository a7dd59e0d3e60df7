namespace Mesh.Grains.Agents.Tools;

/// <summary>What a tool reads; each role may read some scopes (see <see cref="ToolAccess"/>).</summary>
public enum ToolScope
{
    /// <summary>Who the patient is: name, birth date, sex, language, identifiers.</summary>
    Demographics,

    /// <summary>The problem list with its codes: clinicians read it, and billing needs the diagnoses a claim carries.</summary>
    Conditions,

    /// <summary>Medications, allergies, observations, procedures, visits and signed reports.</summary>
    Clinical,

    /// <summary>Claims, coverage, remittances and denials.</summary>
    Claims,

    /// <summary>Contracts, rates, netdown and expected payment.</summary>
    Contracts,
}
