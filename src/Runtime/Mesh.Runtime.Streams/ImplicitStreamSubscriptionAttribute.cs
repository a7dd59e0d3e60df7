namespace Mesh.Runtime.Streams;

/// <summary>
/// On a grain class that implements <see cref="IStreamSubscriber{T}"/>: every stream of the namespace, in every
/// provider, delivers its events to the grain whose key is the stream's key, from the stream's first event on.
/// The class's assembly must be registered with <c>AddImplicitStreamSubscriptions</c>.
/// </summary>
/// <param name="streamNamespace">The stream namespace the grain follows.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
public sealed class ImplicitStreamSubscriptionAttribute(string streamNamespace) : Attribute
{
    /// <summary>The stream namespace the grain follows.</summary>
    public string Namespace { get; } = streamNamespace;
}
