using Orleans;

namespace Mesh.Grains.Denials.Appeals;

/// <summary>The clinic's appeals, so revenue figures can follow them without scanning every appeal grain.</summary>
public sealed class AppealListGrain([PersistentState("appealList")] IPersistentState<AppealListState> state) : Grain, IAppealListGrain
{
    public async Task AddAsync(AppealListing appeal)
    {
        if (state.State.Appeals.Any(item => item.AppealId == appeal.AppealId))
        {
            return;
        }

        state.State.Appeals.Add(appeal);
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<AppealListing>> ListAsync() => Task.FromResult<IReadOnlyList<AppealListing>>(state.State.Appeals.ToList());
}
