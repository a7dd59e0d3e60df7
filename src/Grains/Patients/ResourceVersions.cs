using System.Globalization;

namespace Mesh.Grains.Patients;

/// <summary>
/// Decides what an imported resource does to the one kept under its key. Version ids are opaque in FHIR, but EHRs
/// number them; numbers are compared as numbers, and anything else can only be told equal or different.
/// </summary>
internal static class ResourceVersions
{
    /// <summary>Whether <paramref name="incoming"/> is the version kept: the same version id, or the same content.</summary>
    public static bool IsKept(PatientResource? kept, PatientResource incoming) => kept is not null && Compare(kept, incoming) == PatientImportOutcome.Unchanged;

    public static PatientImportOutcome Compare(PatientResource? kept, PatientResource incoming)
    {
        if (kept is null)
        {
            return PatientImportOutcome.Created;
        }

        if (kept.VersionId is { } keptVersion && incoming.VersionId is { } incomingVersion)
        {
            if (long.TryParse(keptVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var keptNumber)
                && long.TryParse(incomingVersion, NumberStyles.None, CultureInfo.InvariantCulture, out var incomingNumber))
            {
                return incomingNumber == keptNumber ? PatientImportOutcome.Unchanged
                    : incomingNumber > keptNumber ? PatientImportOutcome.Updated
                    : PatientImportOutcome.Conflict;
            }

            if (string.Equals(keptVersion, incomingVersion, StringComparison.Ordinal))
            {
                return PatientImportOutcome.Unchanged;
            }
        }

        // Unversioned (or not comparable): the same content again is a replay; different content is an upsert.
        return string.Equals(kept.Json, incoming.Json, StringComparison.Ordinal) ? PatientImportOutcome.Unchanged : PatientImportOutcome.Updated;
    }
}
