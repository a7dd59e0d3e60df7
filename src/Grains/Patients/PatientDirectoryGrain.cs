using System.Globalization;
using System.Text;
using Orleans;

namespace Mesh.Grains.Patients;

/// <summary>
/// The patient list of one clinic. A clinic has thousands of patients, not millions, so the list lives in one
/// grain and search is a scan of it in memory.
/// </summary>
public sealed class PatientDirectoryGrain(
    [PersistentState("directory")] IPersistentState<PatientDirectoryState> directory) : Grain, IPatientDirectoryGrain
{
    public async Task UpsertAsync(PatientListing listing)
    {
        directory.State.Patients[listing.Id] = listing;
        await directory.WriteStateAsync();
    }

    public Task<PatientSearchPage> SearchAsync(PatientSearch search)
    {
        var name = search.Name is null ? null : Fold(search.Name);
        var matches = directory.State.Patients.Values
            .Where(p => search.BirthDate is null || p.BirthDate == search.BirthDate)
            .Where(p => name is null || Fold(p.GivenName).Contains(name, StringComparison.Ordinal) || Fold(p.FamilyName).Contains(name, StringComparison.Ordinal))
            .OrderBy(p => p.FamilyName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.GivenName, StringComparer.CurrentCultureIgnoreCase)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(new PatientSearchPage([.. matches.Skip(search.Offset).Take(search.Limit)], matches.Count));
    }

    /// <summary>Lower case without accents, so "Ődön" is found by "odon".</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}
