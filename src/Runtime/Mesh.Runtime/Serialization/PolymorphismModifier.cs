using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// Makes abstract classes and interfaces polymorphic without attributes: every concrete type the catalog finds
/// becomes a derived type named by <see cref="TypeDiscriminator"/>. Runs once per type, when its metadata is built.
/// </summary>
internal sealed class PolymorphismModifier(DerivedTypeCatalog catalog)
{
    public const string DiscriminatorPropertyName = "$type";

    public void Apply(JsonTypeInfo typeInfo)
    {
        // Collections and dictionaries are not object contracts, and an explicit [JsonPolymorphic] wins.
        if (typeInfo.Kind != JsonTypeInfoKind.Object || typeInfo.PolymorphismOptions is not null || !typeInfo.Type.IsAbstract)
        {
            return;
        }

        var derivedTypes = catalog.FindConcrete(typeInfo.Type);
        if (derivedTypes.Count == 0)
        {
            return;
        }

        var polymorphism = new JsonPolymorphismOptions
        {
            TypeDiscriminatorPropertyName = DiscriminatorPropertyName,
            UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
        };
        foreach (var derivedType in derivedTypes)
        {
            polymorphism.DerivedTypes.Add(new JsonDerivedType(derivedType, TypeDiscriminator.For(derivedType)));
        }

        typeInfo.PolymorphismOptions = polymorphism;
    }
}
