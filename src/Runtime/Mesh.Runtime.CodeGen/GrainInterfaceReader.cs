using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Mesh.Runtime.CodeGen;

/// <summary>Reads a grain interface symbol into a model, reporting methods the runtime cannot carry.</summary>
internal static class GrainInterfaceReader
{
    private const string GrainMarker = "Mesh.Runtime.IGrain";
    private const string ObserverMarker = "Mesh.Runtime.IGrainObserver";

    private static readonly SymbolDisplayFormat TypeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static bool IsGrainInterface(INamedTypeSymbol symbol) =>
        symbol.TypeKind == TypeKind.Interface
        && !symbol.IsGenericType
        && symbol.ToDisplayString() != GrainMarker
        && symbol.ContainingNamespace?.ToDisplayString() != "Mesh.Runtime"
        && symbol.AllInterfaces.Any(i => i.ToDisplayString() is GrainMarker or ObserverMarker);

    public static GrainInterfaceModel Read(INamedTypeSymbol symbol, List<Diagnostic> diagnostics)
    {
        var methods = ImmutableArray.CreateBuilder<GrainMethodModel>();
        foreach (var declaring in new[] { symbol }.Concat(symbol.AllInterfaces))
        {
            foreach (var method in declaring.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.MethodKind != MethodKind.Ordinary || method.IsStatic)
                {
                    continue;
                }

                var model = ReadMethod(declaring, method, diagnostics);
                if (model is not null)
                {
                    methods.Add(model);
                }
            }
        }

        var fullName = symbol.ToDisplayString(TypeFormat);
        var generatedName = symbol.ToDisplayString().Replace('.', '_').Replace('+', '_') + "_Mesh";
        var accessibility = symbol.DeclaredAccessibility == Accessibility.Public ? "public" : "internal";
        return new GrainInterfaceModel(fullName, generatedName, GrainTypeName(symbol), accessibility, methods.ToImmutable());
    }

    private static GrainMethodModel? ReadMethod(INamedTypeSymbol declaring, IMethodSymbol method, List<Diagnostic> diagnostics)
    {
        var location = method.Locations.FirstOrDefault();
        if (method.IsGenericMethod || method.Parameters.Any(p => p.RefKind != RefKind.None))
        {
            diagnostics.Add(Diagnostic.Create(Diagnostics.UnsupportedSignature, location, declaring.Name, method.Name));
            return null;
        }

        var returnType = method.ReturnType as INamedTypeSymbol;
        var returnName = returnType?.ConstructedFrom.ToDisplayString();
        ReturnKind? kind = returnName switch
        {
            "System.Threading.Tasks.Task" => ReturnKind.Task,
            "System.Threading.Tasks.Task<TResult>" => ReturnKind.TaskOfT,
            "System.Threading.Tasks.ValueTask" => ReturnKind.ValueTask,
            "System.Threading.Tasks.ValueTask<TResult>" => ReturnKind.ValueTaskOfT,
            _ => null,
        };
        if (kind is null)
        {
            diagnostics.Add(Diagnostic.Create(Diagnostics.NotAwaitable, location, declaring.Name, method.Name));
            return null;
        }

        var resultType = kind is ReturnKind.TaskOfT or ReturnKind.ValueTaskOfT
            ? returnType!.TypeArguments[0].ToDisplayString(TypeFormat)
            : "global::Mesh.Runtime.Invocation.NoResult";
        var parameters = method.Parameters
            .Select(p => new GrainParameterModel(
                p.Name,
                p.Type.ToDisplayString(TypeFormat),
                p.Type.ToDisplayString() == "System.Threading.CancellationToken"))
            .ToImmutableArray();
        return new GrainMethodModel(
            declaring.ToDisplayString(TypeFormat),
            method.Name,
            kind.Value,
            resultType,
            method.ReturnType.ToDisplayString(TypeFormat),
            parameters,
            HasAttribute(method, "Mesh.Runtime.AlwaysInterleaveAttribute"),
            HasAttribute(method, "Mesh.Runtime.ReadOnlyAttribute"));
    }

    private static bool HasAttribute(ISymbol symbol, string attributeName) =>
        symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == attributeName);

    /// <summary>[GrainType("x")] on the interface, else IPatientGrain -> "patient".</summary>
    private static string GrainTypeName(INamedTypeSymbol symbol)
    {
        var attribute = symbol.GetAttributes().FirstOrDefault(a => a.AttributeClass?.ToDisplayString() == "Mesh.Runtime.GrainTypeAttribute");
        if (attribute is { ConstructorArguments.Length: 1 } && attribute.ConstructorArguments[0].Value is string name)
        {
            return name;
        }

        var simple = symbol.Name;
        if (simple.Length > 1 && simple[0] == 'I' && char.IsUpper(simple[1]))
        {
            simple = simple.Substring(1);
        }

        if (simple.EndsWith("Grain", System.StringComparison.Ordinal) && simple.Length > "Grain".Length)
        {
            simple = simple.Substring(0, simple.Length - "Grain".Length);
        }

        return simple.ToLowerInvariant();
    }
}
