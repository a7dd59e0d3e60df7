using System.Text.Json.Serialization;

namespace Mesh.Runtime.Tests.Serialization.Models;

// A concrete base is only polymorphic when it says so with the serializer's own attributes.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ClinicalNote), "note")]
[JsonDerivedType(typeof(SignedNote), "signed")]
public class ClinicalNote
{
    public string Text { get; set; } = "";
}

public sealed class SignedNote : ClinicalNote
{
    public string SignedBy { get; set; } = "";
}
