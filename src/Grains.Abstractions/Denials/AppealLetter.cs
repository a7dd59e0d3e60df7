using Orleans;

namespace Mesh.Grains.Denials;

/// <summary>The text of an appeal letter.</summary>
/// <param name="Subject">The subject line.</param>
/// <param name="Paragraphs">The body, paragraph by paragraph.</param>
/// <param name="Author">Who wrote it: <c>template:&lt;kind&gt;</c>, <c>model:&lt;name&gt;</c> or <c>user:&lt;id&gt;</c> for an edit.</param>
[GenerateSerializer, Alias("Mesh.Grains.Denials.AppealLetter")]
public sealed record AppealLetter(string Subject, IReadOnlyList<string> Paragraphs, string Author);
