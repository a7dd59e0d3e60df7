using System.Security.Cryptography;
using System.Text;
using Orleans;

namespace Mesh.Grains.Claims.CodeSets;

/// <summary>
/// One code set for the whole cluster, held in memory for batch lookups and search. Until a file is loaded it
/// answers from the labelled starter set Mesh ships, so local mode works out of the box.
/// </summary>
public sealed class CodeSetGrain(
    [PersistentState("codeset")] IPersistentState<CodeSetState> state,
    TimeProvider time) : Grain, ICodeSetGrain
{
    private const int MaxErrors = 20;
    private CodeSetIndex _index = null!;
    private string _source = "";

    private string Name => this.GetPrimaryKeyString();

    private DateOnly Today => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (!CodeSetNames.IsKnown(Name))
        {
            throw new ArgumentException($"'{Name}' is not a code set.");
        }

        if (state.State.Entries.Count > 0)
        {
            _index = new CodeSetIndex(state.State.Entries);
            _source = state.State.Source;
        }
        else
        {
            var starter = CodeSetFiles.Starter(Name, Today);
            _index = new CodeSetIndex(starter.Entries);
            _source = starter.Label ?? "Mesh starter set";
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CodeSetMatch>> LookupAsync(string[] codes) =>
        Task.FromResult<IReadOnlyList<CodeSetMatch>>([.. codes.Select(_index.Find)]);

    public Task<IReadOnlyList<CodeSetMatch>> SearchAsync(string query, int limit) =>
        Task.FromResult(_index.Search(query, Math.Clamp(limit, 0, 200)));

    public Task<CodeSetSummary> DescribeAsync() => Task.FromResult(Summary());

    public async Task<CodeSetLoadResult> LoadAsync(string text, string source)
    {
        var sha = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        if (sha == state.State.Sha256)
        {
            return new CodeSetLoadResult(true, Summary(), []);
        }

        var parsed = CodeSetFiles.Parse(Name, text, Today);
        var errors = parsed.Errors.Take(MaxErrors).ToList();
        if (parsed.Entries.Count == 0 && errors.Count == 0)
        {
            errors.Add("the file holds no codes.");
        }

        if (errors.Count > 0)
        {
            return new CodeSetLoadResult(false, Summary(), errors);
        }

        state.State.Entries = [.. parsed.Entries];
        state.State.Source = source;
        state.State.LoadedAt = time.GetUtcNow();
        state.State.Sha256 = sha;
        await state.WriteStateAsync();
        _index = new CodeSetIndex(parsed.Entries);
        _source = source;
        return new CodeSetLoadResult(true, Summary(), []);
    }

    private CodeSetSummary Summary() => new(Name, _source, _index.Count, _index.Billable, state.State.LoadedAt);
}
