using Orleans;
using Orleans.Concurrency;

namespace Mesh.Grains.Denials;

/// <summary>
/// One appeal of a denial. Key: <c>{tenant}/{appealId}</c>. A draft changes until a billing user approves it; an approved
/// version never changes, and a change after approval is a new version.
/// </summary>
[Alias("Mesh.Grains.Denials.IAppealGrain")]
public interface IAppealGrain : IGrainWithStringKey
{
    /// <summary>
    /// Drafts version 1 from the facts (a template, or the chat model whose letter is checked against the facts and
    /// refused with <see cref="AppealLetterRefusedException"/> when it states what they do not hold).
    /// </summary>
    [Alias("DraftAsync")]
    Task<AppealVersion> DraftAsync(AppealDraftRequest request);

    /// <summary>Replaces the draft's letter, or starts version n+1 when the latest is approved.</summary>
    [Alias("ReviseAsync")]
    Task<AppealVersion> ReviseAsync(AppealLetter letter, string userId);

    /// <summary>Approves the latest version, which must be the draft <paramref name="version"/>.</summary>
    [Alias("ApproveAsync")]
    Task<AppealVersion> ApproveAsync(int version, string userId);

    /// <summary>A version (latest when null), or null when there is none.</summary>
    [ReadOnly]
    [Alias("GetAsync")]
    Task<AppealVersion?> GetAsync(int? version);

    /// <summary>A version (latest when null) as a Word letter, a PDF letter, or both with the filled dispute form in a ZIP; null when there is none.</summary>
    [ReadOnly]
    [Alias("ExportAsync")]
    Task<AppealExportFile?> ExportAsync(int? version, AppealExportFormat format);

    /// <summary>Every version, oldest first.</summary>
    [ReadOnly]
    [Alias("GetVersionsAsync")]
    Task<IReadOnlyList<AppealVersion>> GetVersionsAsync();
}
