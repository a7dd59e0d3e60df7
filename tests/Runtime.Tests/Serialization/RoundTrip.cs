using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Tests.Serialization;

internal static class RoundTrip
{
    public static T Of<T>(T value) => Of(value, JsonMeshSerializer.Default);

    public static T Of<T>(T value, IMeshSerializer serializer) => serializer.Deserialize<T>(serializer.SerializeToArray(value));
}
