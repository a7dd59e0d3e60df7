namespace Mesh.Grains.Patients;

/// <summary>
/// Merges facts read from imported resources into the record: the facts of every resource written replace the ones
/// its earlier version gave, and facts entered in Mesh (no source) are left alone.
/// </summary>
internal static class ImportedFacts
{
    public static PatientClinicalFacts Merge(PatientClinicalFacts kept, PatientClinicalFacts incoming, IReadOnlySet<string> written) => new(
        Merge(kept.Conditions, incoming.Conditions, c => c.Source, written),
        Merge(kept.Medications, incoming.Medications, m => m.Source, written),
        Merge(kept.Allergies, incoming.Allergies, a => a.Source, written),
        Merge(kept.Observations, incoming.Observations, o => o.Source, written));

    private static List<T> Merge<T>(IReadOnlyList<T> kept, IReadOnlyList<T> incoming, Func<T, PatientFactSource?> source, IReadOnlySet<string> written)
    {
        bool IsWritten(T fact) => source(fact) is { } s && written.Contains(s.ToString());
        return [.. kept.Where(f => !IsWritten(f)), .. incoming.Where(IsWritten)];
    }
}
