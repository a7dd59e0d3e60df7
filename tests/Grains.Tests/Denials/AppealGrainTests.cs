using Mesh.Grains.AI;
using Mesh.Grains.Denials;
using Mesh.Grains.Tests.Cluster;

namespace Mesh.Grains.Tests.Denials;

/// <summary>An appeal's life on a real silo: draft, edit, approve, frozen, a new version after approval.</summary>
public sealed class AppealGrainTests : IAsyncLifetime
{
    private MeshCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await MeshCluster.StartAsync();

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private IAppealGrain Appeal(string id, string tenant = "clinic-a") => _cluster.Client.GetGrain<IAppealGrain>(TenantKeys.For(tenant, id));

    private static AppealDraftRequest Request(bool useChatModel = false) => new("D-C100-2", null, SampleDenials.Facts(), useChatModel, "biller-1");

    [Fact]
    public async Task Draft_IsEditable_UntilApproved_ThenAChangeIsANewVersion()
    {
        var appeal = Appeal("A1");

        var draft = await appeal.DraftAsync(Request());
        Assert.Equal((1, AppealStatus.Draft, AppealKind.Authorization), (draft.Version, draft.Status, draft.Kind));
        Assert.Equal("template:Authorization", draft.Letter.Author);

        var edited = await appeal.ReviseAsync(draft.Letter with { Subject = "Appeal: MRI authorization" }, "biller-2");
        Assert.Equal((1, "user:biller-2"), (edited.Version, edited.Letter.Author));

        var approved = await appeal.ApproveAsync(1, "biller-3");
        Assert.Equal((AppealStatus.Approved, "biller-3"), (approved.Status, approved.ApprovedBy));
        await Assert.ThrowsAsync<InvalidOperationException>(() => appeal.ApproveAsync(1, "biller-3"));

        var second = await appeal.ReviseAsync(approved.Letter with { Subject = "Appeal: second level" }, "biller-2");
        Assert.Equal((2, AppealStatus.Draft), (second.Version, second.Status));

        var first = await appeal.GetAsync(1);
        Assert.Equal("Appeal: MRI authorization", first!.Letter.Subject);
        Assert.Equal(AppealStatus.Approved, first.Status);
        Assert.Equal(2, (await appeal.GetVersionsAsync()).Count);
        await Assert.ThrowsAsync<InvalidOperationException>(() => appeal.DraftAsync(Request()));
    }

    [Fact]
    public async Task ChatModelAsked_WithNoneConfigured_SaysSo()
    {
        var refused = await Assert.ThrowsAsync<ProviderNotConfiguredException>(() => Appeal("A2").DraftAsync(Request(useChatModel: true)));

        Assert.Contains("Mesh:AI:Chat", refused.Message);
        Assert.Null(await Appeal("A2").GetAsync(null));
    }

    [Fact]
    public async Task AnotherClinicsAppeal_IsEmpty()
    {
        await Appeal("A3").DraftAsync(Request());

        Assert.Null(await Appeal("A3", "clinic-b").GetAsync(null));
        await Assert.ThrowsAsync<KeyNotFoundException>(() => Appeal("A3", "clinic-b").ApproveAsync(1, "biller-1"));
    }
}
