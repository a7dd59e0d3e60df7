using Microsoft.CodeAnalysis;

namespace Mesh.Runtime.CodeGen;

/// <summary>Errors the generator reports on grain interfaces it cannot carry.</summary>
internal static class Diagnostics
{
    public static readonly DiagnosticDescriptor NotAwaitable = new(
        "MESH001",
        "Grain methods must return Task, Task<T>, ValueTask or ValueTask<T>",
        "{0}.{1} must return Task, Task<T>, ValueTask or ValueTask<T> to be called through the cluster",
        "Mesh.Runtime",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor UnsupportedSignature = new(
        "MESH002",
        "Grain methods cannot be generic or take ref, out or in parameters",
        "{0}.{1} is generic or has a ref, out or in parameter, which cannot cross the cluster",
        "Mesh.Runtime",
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
