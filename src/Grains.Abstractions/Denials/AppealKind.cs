using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>What an appeal argues, which picks its letter template.</summary>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealKind")]
public enum AppealKind
{
    /// <summary>Denied for missing prior authorization or referral (e.g. CARC 197, 15).</summary>
    Authorization,

    /// <summary>Denied as not medically necessary (e.g. CARC 50).</summary>
    MedicalNecessity,

    /// <summary>Denied for coding: modifiers, diagnosis and procedure inconsistent (e.g. CARC 4, 11, 16).</summary>
    Coding,

    /// <summary>Denied as filed late (CARC 29).</summary>
    TimelyFiling,

    /// <summary>Paid below the contracted rate.</summary>
    Underpayment,

    /// <summary>Denied as a duplicate (CARC 18).</summary>
    Duplicate,
}
