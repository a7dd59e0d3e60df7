using Mesh.Grains.AI.Privacy;

namespace Mesh.WebFrontend.Privacy;

/// <summary>What an untrusted AI endpoint would receive, and which kinds of identifier were replaced; never the mapping back.</summary>
/// <param name="Text">The de-identified text.</param>
/// <param name="Kinds">The kinds replaced, such as <c>name</c>, <c>date</c> or <c>phone</c>.</param>
public sealed record DeidentifyResponse(string Text, IReadOnlyList<PhiKind> Kinds);
