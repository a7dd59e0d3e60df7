using System.ComponentModel;
using Mesh.Runtime.Serialization;

namespace Mesh.Runtime.Invocation;

/// <summary>
/// One call to one grain method with its arguments. The source generator emits a sealed subclass per grain
/// interface method; the silo runs it against the grain object, so dispatch needs no reflection.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainRequest
{
    /// <summary>The grain interface's full name, for errors and traces.</summary>
    public abstract string InterfaceName { get; }

    /// <summary>The method's name, for errors and traces.</summary>
    public abstract string MethodName { get; }

    /// <summary>How the request may interleave with others, from the method's attributes.</summary>
    public virtual RequestFlags Flags => RequestFlags.None;

    /// <summary>The stable key that names the request class on the wire (see <see cref="GrainRequestRegistry"/>).</summary>
    public abstract string RequestKey { get; }

    /// <summary>Replaces mutable arguments with copies, so caller and callee never share them inside one silo.</summary>
    public abstract void CopyArguments(IDeepCopier copier);

    /// <summary>Writes the arguments, in order, for a call that leaves the process.</summary>
    public abstract void WriteArguments(ArgumentWriter writer);

    /// <summary>Reads the arguments written by <see cref="WriteArguments"/>.</summary>
    public abstract void ReadArguments(ArgumentReader reader);

    /// <summary>Hands the request to <paramref name="visitor"/> with its result type known, so plumbing can stay generic without reflection.</summary>
    public abstract TReturn Accept<TReturn>(IGrainRequestVisitor<TReturn> visitor);
}

/// <summary>Receives a request with its result type as a type argument.</summary>
/// <typeparam name="TReturn">What the visitor returns.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public interface IGrainRequestVisitor<out TReturn>
{
    /// <summary>Visits a request whose method returns <typeparamref name="TResult"/>.</summary>
    TReturn Visit<TResult>(GrainRequest<TResult> request);
}

/// <summary>A request whose method returns <typeparamref name="TResult"/> (or <see cref="NoResult"/> for Task and ValueTask).</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class GrainRequest<TResult> : GrainRequest
{
    /// <summary>Calls the method on the grain object.</summary>
    public abstract ValueTask<TResult> InvokeAsync(object grain);

    /// <inheritdoc />
    public sealed override TReturn Accept<TReturn>(IGrainRequestVisitor<TReturn> visitor) => visitor.Visit(this);

    /// <summary>Adapts a Task-returning method to the request's result type.</summary>
    protected static ValueTask<NoResult> Complete(Task task)
    {
        if (task.IsCompletedSuccessfully)
        {
            return default;
        }

        return AwaitAsync(task);

        static async ValueTask<NoResult> AwaitAsync(Task task)
        {
            await task.ConfigureAwait(true);
            return default;
        }
    }

    /// <summary>Adapts a ValueTask-returning method to the request's result type.</summary>
    protected static ValueTask<NoResult> Complete(ValueTask task)
    {
        if (task.IsCompletedSuccessfully)
        {
            task.GetAwaiter().GetResult();
            return default;
        }

        return AwaitAsync(task);

        static async ValueTask<NoResult> AwaitAsync(ValueTask task)
        {
            await task.ConfigureAwait(true);
            return default;
        }
    }
}

/// <summary>The result of a grain method that returns no value.</summary>
[Immutable]
public readonly record struct NoResult;

/// <summary>How a request may interleave with other requests of the same activation.</summary>
[Flags]
public enum RequestFlags
{
    /// <summary>A normal turn: runs alone unless the grain is reentrant.</summary>
    None = 0,

    /// <summary>The method is [AlwaysInterleave]: it may start while other requests await.</summary>
    AlwaysInterleave = 1,

    /// <summary>The method is [ReadOnly]: it may run alongside other read-only requests.</summary>
    ReadOnly = 2,
}
