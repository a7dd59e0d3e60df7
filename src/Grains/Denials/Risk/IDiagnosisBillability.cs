namespace Mesh.Grains.Denials.Risk;

/// <summary>Whether an ICD-10-CM code may be billed (a leaf of the code set, not a category header).</summary>
public interface IDiagnosisBillability
{
    /// <summary>True or false when the loaded code set knows <paramref name="code"/> (without the dot); null when it does not.</summary>
    bool? IsBillable(string code);
}

/// <summary>Used when no ICD-10-CM code set is loaded: every code is unknown, so the billable-diagnosis rule stays silent.</summary>
public sealed class NoDiagnosisCodeSet : IDiagnosisBillability
{
    /// <inheritdoc />
    public bool? IsBillable(string code) => null;
}
