namespace Mesh.Grains.Claims;

/// <summary>The stored state of a claim grain; null claim until first submitted.</summary>
public sealed class ClaimState
{
    public ClaimRecord? Claim { get; set; }

    public bool Voided { get; set; }

    /// <summary>Sender and ISA13 of every interchange that submitted this claim, so a resent file changes nothing.</summary>
    public List<string> Interchanges { get; set; } = [];

    public List<ClaimStatusChange> History { get; set; } = [];

    public List<ClaimRemittance> Remittances { get; set; } = [];

    /// <summary>Contract checks of every remittance line, by remittance sequence.</summary>
    public List<ContractLineCheck> ContractChecks { get; set; } = [];
}
