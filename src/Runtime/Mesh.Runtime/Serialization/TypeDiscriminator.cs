using System.Text;

namespace Mesh.Runtime.Serialization;

/// <summary>
/// Names a concrete type inside a payload. The name is the type's full name without assembly or version,
/// so payloads survive a redeploy as long as the type keeps its namespace and name.
/// </summary>
internal static class TypeDiscriminator
{
    public static string For(Type type)
    {
        if (!type.IsConstructedGenericType)
        {
            return type.FullName ?? type.Name;
        }

        // Type.FullName of a closed generic embeds assembly-qualified arguments with versions, which would
        // change the payload on every package bump; spell the arguments out with the same rule instead.
        var name = new StringBuilder(type.GetGenericTypeDefinition().FullName);
        name.Append('[');
        var arguments = type.GetGenericArguments();
        for (var i = 0; i < arguments.Length; i++)
        {
            if (i > 0)
            {
                name.Append(',');
            }

            name.Append(For(arguments[i]));
        }

        return name.Append(']').ToString();
    }
}
