using System.Collections.Immutable;

namespace Mesh.Runtime.CodeGen;

/// <summary>What the generator needs to know of one grain interface.</summary>
internal sealed record GrainInterfaceModel(
    string FullName,
    string GeneratedName,
    string GrainType,
    string Accessibility,
    ImmutableArray<GrainMethodModel> Methods);

/// <summary>One method of a grain interface, possibly declared on a base interface.</summary>
internal sealed record GrainMethodModel(
    string DeclaringInterface,
    string Name,
    ReturnKind ReturnKind,
    string ResultType,
    string ReturnType,
    ImmutableArray<GrainParameterModel> Parameters,
    bool AlwaysInterleave,
    bool ReadOnly);

/// <summary>One parameter; cancellation tokens are not carried across the call.</summary>
internal sealed record GrainParameterModel(string Name, string Type, bool IsCancellationToken);

/// <summary>The awaitable a grain method returns.</summary>
internal enum ReturnKind
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}
