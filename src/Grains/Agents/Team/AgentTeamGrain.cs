using System.Text.RegularExpressions;
using Mesh.Grains.AI;
using Mesh.Grains.Agents.Files;
using Mesh.Grains.Agents.Selection;
using Mesh.Grains.Agents.Specialists;
using Mesh.Grains.Agents.Tools;
using Microsoft.Extensions.AI;

namespace Mesh.Grains.Agents.Team;

/// <summary>
/// One chat with the team: checks the caller and the attached records, keeps what the user asks it to remember, takes
/// files, routes each question through the selector to one specialist (once more when that specialist hands over), and
/// keeps the history with who answered.
/// </summary>
public sealed partial class AgentTeamGrain(
    [PersistentState("agentTeam")] IPersistentState<AgentTeamState> chat,
    IChatClient model,
    IClaimsReader claims,
    IEnumerable<IChatFileImporter> importers,
    TimeProvider time) : Grain, IAgentTeamGrain
{
    /// <summary>How many messages a chat keeps; older ones fall off.</summary>
    public const int MaxEntries = 200;

    /// <summary>How many recent messages go to the specialist.</summary>
    public const int HistoryForSpecialist = 10;

    /// <inheritdoc />
    public async Task<bool> OpenAsync(AgentCaller caller)
    {
        if (!IsClinicOf(caller))
        {
            return false;
        }

        if (chat.State.Owner is null)
        {
            chat.State.Owner = caller.UserId;
            await chat.WriteStateAsync();
        }

        return chat.State.Owner == caller.UserId;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ChatEntry>?> GetMessagesAsync(AgentCaller caller) =>
        Task.FromResult<IReadOnlyList<ChatEntry>?>(IsOwner(caller) ? [.. chat.State.Entries] : null);

    /// <inheritdoc />
    public async Task<bool> ClearAsync(AgentCaller caller)
    {
        if (!IsOwner(caller))
        {
            return false;
        }

        chat.State.Entries.Clear();
        chat.State.PendingFile = null;
        chat.State.PendingKind = ChatFileKind.Unknown;
        await chat.WriteStateAsync();
        return true;
    }

    /// <inheritdoc />
    public async Task<ChatTurn?> AskAsync(AgentCaller caller, ChatQuestion question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (!IsOwner(caller))
        {
            return null;
        }

        var (attached, reads) = await ReadContextsAsync(caller, question.Contexts);
        var turn = question.Attachment is not null || question.ConfirmImport
            ? await FileTurnAsync(caller, question)
            : RememberPattern().Match(question.Message) is { Success: true } remember
                ? await RememberAsync(caller, remember.Groups["fact"].Value)
                : await RouteOrExplainAsync(caller, question, attached);
        turn = reads.Count == 0 ? turn : turn with { ToolUses = [.. reads, .. turn.ToolUses] };
        var now = time.GetUtcNow();
        chat.State.Entries.Add(new ChatEntry("user", question.Message, null, [], question.Contexts, now));
        chat.State.Entries.Add(new ChatEntry("assistant", turn.Text, turn.Specialist, turn.Citations, [], turn.At));
        if (chat.State.Entries.Count > MaxEntries)
        {
            chat.State.Entries.RemoveRange(0, chat.State.Entries.Count - MaxEntries);
        }

        await chat.WriteStateAsync();
        return turn;
    }

    private async Task<ChatTurn> RouteOrExplainAsync(AgentCaller caller, ChatQuestion question, IReadOnlyList<AttachedRecord> attached)
    {
        try
        {
            return await RouteAsync(caller, question, attached);
        }
        catch (Exception error) when (error is ProviderResponseException or ProviderTimeoutException)
        {
            // The model failed, so nothing is answered: a guess in its place would break the grounding rule.
            return Turn(null, AnswerKind.NeedsModel, $"The chat model did not answer ({error.Message}); nothing was guessed. Ask again in a moment.", [], [], [], null);
        }
    }

    private async Task<ChatTurn> RouteAsync(AgentCaller caller, ChatQuestion question, IReadOnlyList<AttachedRecord> attached)
    {
        var choice = model.IsConfigured()
            ? await new ModelSelector(model).ChooseAsync(question.Message, question.Contexts, CancellationToken.None)
            : RuleSelector.Choose(question.Message, question.Contexts);
        if (choice.Specialist is not { } first)
        {
            return Turn(null, AnswerKind.Clarify, choice.Clarification ?? "Which record do you mean?", [], [], [], null);
        }

        var memory = await MemoryAsync(caller);
        var history = chat.State.Entries.TakeLast(HistoryForSpecialist).Select(e => $"{e.Role}: {e.Text}").ToList();
        var request = new SpecialistRequest(caller, question.Message, question.Contexts, history, memory, null, attached);
        var answer = await SpecialistGrains.For(GrainFactory, caller.Tenant, first).AnswerAsync(request);
        if (answer.HandOverTo is not { } next)
        {
            return Turn(first, answer.Kind, answer.Text, answer.Citations, answer.Unverified, answer.ToolUses, null);
        }

        // One hand-over per question: the second specialist answers, and may not pass it on again.
        var handed = await SpecialistGrains.For(GrainFactory, caller.Tenant, next).AnswerAsync(request with { HandedOverFrom = first });
        return Turn(next, handed.Kind, handed.Text, handed.Citations, handed.Unverified, [.. answer.ToolUses, .. handed.ToolUses], first);
    }

    private async Task<ChatTurn> RememberAsync(AgentCaller caller, string fact)
    {
        await GrainFactory.GetGrain<IAgentMemoryGrain>(TenantKeys.For(caller.Tenant, caller.UserId)).RememberAsync(fact);
        return Turn(null, AnswerKind.Remembered, $"I will remember this for you: {fact.Trim()}", [], [], [], null);
    }

    private async Task<ChatTurn> FileTurnAsync(AgentCaller caller, ChatQuestion question)
    {
        if (question.Attachment is { } file)
        {
            var kind = ChatFileIdentifier.Identify(file.Content);
            chat.State.PendingFile = kind == ChatFileKind.Unknown ? null : file;
            chat.State.PendingKind = kind;
            var text = kind == ChatFileKind.Unknown
                ? $"{file.FileName} is {ChatFileIdentifier.Describe(kind)}: Mesh imports X12 837 and 835 files and FHIR JSON."
                : $"{file.FileName} is {ChatFileIdentifier.Describe(kind)} ({file.Content.Length} bytes). Confirm to import it into your clinic.";
            return Turn(null, AnswerKind.File, text, [], [], [], null);
        }

        if (chat.State.PendingFile is not { } pending)
        {
            return Turn(null, AnswerKind.File, "There is no file waiting to be imported; attach one first.", [], [], [], null);
        }

        var importer = importers.FirstOrDefault(i => i.Kind == chat.State.PendingKind);
        var kindName = ChatFileIdentifier.Describe(chat.State.PendingKind);
        chat.State.PendingFile = null;
        chat.State.PendingKind = ChatFileKind.Unknown;
        if (importer is null)
        {
            return Turn(null, AnswerKind.File, $"The importer for {kindName} is not available in this installation; nothing was imported.", [], [], [], null);
        }

        var outcome = await importer.ImportAsync(caller, pending, CancellationToken.None);
        return Turn(null, AnswerKind.File, outcome, [], [], [new AgentToolUse("import_file", "file", pending.FileName, ToolResult.Success)], null);
    }

    // The one read of the turn's contexts: it checks them against the caller's clinic and roles, and what it read goes
    // to the specialist (and on to a second one after a hand-over) instead of being read again there.
    private async Task<(IReadOnlyList<AttachedRecord> Attached, IReadOnlyList<AgentToolUse> Reads)> ReadContextsAsync(AgentCaller caller, IReadOnlyList<ChatContextRef> contexts)
    {
        if (contexts.Count == 0)
        {
            return ([], []);
        }

        var tools = new ClinicToolbox(caller, GrainFactory, claims, time);
        var attached = new List<AttachedRecord>(contexts.Count);
        foreach (var context in contexts)
        {
            var result = await ContextReader.ReadAsync(tools, context);
            if (result.Outcome == ToolResult.Denied)
            {
                throw new UnauthorizedAccessException(result.Text);
            }

            if (!result.Found)
            {
                throw new KeyNotFoundException($"No {context.Type} {context.Id} in your clinic.");
            }

            attached.Add(new AttachedRecord(ContextReader.ToolOf(context), context.Id, result.Text, result.Citations));
        }

        return (attached, tools.Uses);
    }

    private async Task<IReadOnlyList<string>> MemoryAsync(AgentCaller caller)
    {
        var facts = await GrainFactory.GetGrain<IAgentMemoryGrain>(TenantKeys.For(caller.Tenant, caller.UserId)).GetAsync();
        var notes = await GrainFactory.GetGrain<IClinicNotesGrain>(caller.Tenant).GetAsync();
        return [.. notes.Select(n => "clinic note: " + n), .. facts.Select(f => "you asked me to remember: " + f)];
    }

    private ChatTurn Turn(SpecialistKind? specialist, AnswerKind kind, string text, IReadOnlyList<AgentCitation> citations, IReadOnlyList<string> unverified, IReadOnlyList<AgentToolUse> uses, SpecialistKind? from) =>
        new(specialist, kind, text, citations, unverified, uses, from, time.GetUtcNow());

    private bool IsClinicOf(AgentCaller caller) => TenantKeys.Parse(this.GetPrimaryKeyString()).Tenant == caller.Tenant;

    private bool IsOwner(AgentCaller caller) => IsClinicOf(caller) && chat.State.Owner is { } owner && owner == caller.UserId;

    [GeneratedRegex(@"^\s*(?:please\s+)?remember(?:\s+that|:)\s+(?<fact>.+)$", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex RememberPattern();
}
