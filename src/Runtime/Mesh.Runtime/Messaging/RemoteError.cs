using System.Reflection;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Messaging;

/// <summary>An exception as it crosses the wire: its type's name and its message.</summary>
/// <param name="Type">The exception's full type name, assembly-qualified so the receiver can load it.</param>
/// <param name="Message">The exception's message.</param>
internal sealed record RemoteError(string Type, string Message)
{
    public static ReadOnlyMemory<byte> Write(IMeshSerializer serializer, Exception error) =>
        serializer.SerializeToArray(new RemoteError(error.GetType().AssemblyQualifiedName ?? error.GetType().FullName!, error.Message));

    /// <summary>Rebuilds the exception: the same type when this process can load it and it takes a message, else a <see cref="RemoteGrainException"/>.</summary>
    public Exception ToException()
    {
        // Only on the failure path: loading a type by name per failed call is acceptable; per call it would not be.
        var type = System.Type.GetType(Type, throwOnError: false);
        if (type is not null && typeof(Exception).IsAssignableFrom(type) && !type.IsAbstract)
        {
            var constructor = type.GetConstructor(BindingFlags.Public | BindingFlags.Instance, [typeof(string)]);
            if (constructor is not null && constructor.Invoke([Message]) is Exception rebuilt)
            {
                return rebuilt;
            }
        }

        var name = type?.FullName ?? Type.Split(',')[0];
        return new RemoteGrainException(name, Message);
    }
}
