using System.ComponentModel;

namespace Mesh.Runtime;

/// <summary>
/// Carries the activation under construction to the <see cref="Grain"/> constructor, so grains need no
/// constructor parameter for it. Set by the silo around the constructor call only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class GrainContextScope
{
    [ThreadStatic]
    private static IGrainContext? t_current;

    /// <summary>The context of the grain being constructed on this thread.</summary>
    public static IGrainContext? Current => t_current;

    /// <summary>Runs a grain constructor with <paramref name="context"/> current.</summary>
    public static T Construct<T>(IGrainContext context, Func<T> constructor)
    {
        var previous = t_current;
        t_current = context;
        try
        {
            return constructor();
        }
        finally
        {
            t_current = previous;
        }
    }
}
