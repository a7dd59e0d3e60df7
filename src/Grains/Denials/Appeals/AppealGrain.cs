using Mesh.Grains.AI;
using Mesh.Grains.Denials.Export;
using Microsoft.Extensions.AI;
using Orleans;

namespace Mesh.Grains.Denials.Appeals;

/// <summary>One appeal: drafted from its facts, edited while a draft, frozen once a billing user approves it.</summary>
public sealed class AppealGrain(
    [PersistentState("appeal")] IPersistentState<AppealState> state,
    IChatClient chat,
    TimeProvider time) : Grain, IAppealGrain
{
    private List<AppealVersion> Versions => state.State.Versions;

    private string AppealId => TenantKeys.Parse(this.GetPrimaryKeyString()).Id;

    public async Task<AppealVersion> DraftAsync(AppealDraftRequest request)
    {
        if (Versions.Count > 0)
        {
            throw new InvalidOperationException($"Appeal {AppealId} is drafted already; revise it instead.");
        }

        var kind = request.Kind ?? AppealKinds.Infer(request.Facts);
        IAppealWriter writer = request.UseChatModel
            ? chat.IsConfigured() ? new ChatAppealWriter(chat) : throw ProviderNotConfiguredException.MissingEndpoint(
                AiCapabilities.Chat, "Without a chat model, appeal letters are written from the offline templates.")
            : new AppealTemplates();
        var letter = await writer.WriteAsync(kind, request.Facts, CancellationToken.None);
        var draft = new AppealVersion(AppealId, request.DenialId, 1, kind, AppealStatus.Draft, request.Facts, letter, request.RequestedBy, time.GetUtcNow(), null, null);
        Versions.Add(draft);
        await state.WriteStateAsync();
        return draft;
    }

    public async Task<AppealVersion> ReviseAsync(AppealLetter letter, string userId)
    {
        var latest = Latest();
        var edited = letter with { Author = $"user:{userId}" };
        var revised = latest.Status == AppealStatus.Draft
            ? latest with { Letter = edited, CreatedBy = userId, CreatedAt = time.GetUtcNow() }
            : latest with { Version = latest.Version + 1, Status = AppealStatus.Draft, Letter = edited, CreatedBy = userId, CreatedAt = time.GetUtcNow(), ApprovedBy = null, ApprovedAt = null };
        if (latest.Status == AppealStatus.Draft)
        {
            Versions[^1] = revised;
        }
        else
        {
            Versions.Add(revised);
        }

        await state.WriteStateAsync();
        return revised;
    }

    public async Task<AppealVersion> ApproveAsync(int version, string userId)
    {
        var latest = Latest();
        if (latest.Version != version || latest.Status != AppealStatus.Draft)
        {
            throw new InvalidOperationException($"Version {version} of appeal {AppealId} is not its open draft (the latest is version {latest.Version}, {latest.Status}).");
        }

        var approved = latest with { Status = AppealStatus.Approved, ApprovedBy = userId, ApprovedAt = time.GetUtcNow() };
        Versions[^1] = approved;
        await state.WriteStateAsync();
        return approved;
    }

    public Task<AppealVersion?> GetAsync(int? version) =>
        Task.FromResult(version is { } number ? Versions.FirstOrDefault(item => item.Version == number) : Versions.LastOrDefault());

    public async Task<AppealExportFile?> ExportAsync(int? version, AppealExportFormat format) =>
        await GetAsync(version) is { } appeal ? AppealExport.Build(appeal, format) : null;

    public Task<IReadOnlyList<AppealVersion>> GetVersionsAsync() => Task.FromResult<IReadOnlyList<AppealVersion>>(Versions.ToList());

    private AppealVersion Latest() => Versions.LastOrDefault() ?? throw new KeyNotFoundException($"Appeal {AppealId} has not been drafted.");
}
