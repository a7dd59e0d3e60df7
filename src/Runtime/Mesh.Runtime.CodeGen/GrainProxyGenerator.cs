using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Mesh.Runtime.CodeGen;

/// <summary>
/// Generates, for every grain interface declared in a project, a proxy class and one request class per method,
/// plus a module initializer that registers them. Calls then go through plain virtual calls, never reflection.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainProxyGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var interfaces = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (syntax, _) => syntax.SemanticModel.GetDeclaredSymbol(syntax.Node) as INamedTypeSymbol)
            .Where(static symbol => symbol is not null && GrainInterfaceReader.IsGrainInterface(symbol))
            .Collect();
        var input = interfaces.Combine(context.CompilationProvider);
        context.RegisterSourceOutput(input, static (output, pair) => Execute(output, pair.Left!, pair.Right));
    }

    private static void Execute(SourceProductionContext output, ImmutableArray<INamedTypeSymbol?> symbols, Compilation compilation)
    {
        if (compilation.GetTypeByMetadataName("Mesh.Runtime.Invocation.GrainRequest`1") is null)
        {
            return;
        }

        var models = new List<GrainInterfaceModel>();
        var seen = new HashSet<string>();
        foreach (var symbol in symbols)
        {
            if (symbol is null || !seen.Add(symbol.ToDisplayString()))
            {
                continue;
            }

            var diagnostics = new List<Diagnostic>();
            var model = GrainInterfaceReader.Read(symbol, diagnostics);
            diagnostics.ForEach(output.ReportDiagnostic);
            models.Add(model);
            output.AddSource(model.GeneratedName + ".g.cs", GrainCodeEmitter.Emit(model));
        }

        if (models.Count > 0)
        {
            output.AddSource("MeshGrainRegistration.g.cs", EmitRegistration(models, compilation.AssemblyName ?? "Assembly"));
        }
    }

    private static string EmitRegistration(List<GrainInterfaceModel> models, string assemblyName)
    {
        var className = "GrainRegistration_" + new string(assemblyName.Select(c => char.IsLetterOrDigit(c) ? c : '_').ToArray());
        var sb = new StringBuilder(GrainCodeEmitter.Header);
        sb.Append($"namespace Mesh.Generated\n{{\n    internal static class {className}\n    {{\n");
        sb.Append("        [global::System.Runtime.CompilerServices.ModuleInitializer]\n        internal static void Register()\n        {\n");
        foreach (var model in models)
        {
            sb.Append($"            global::Mesh.Runtime.Invocation.GrainInterfaceRegistry.Register<{model.FullName}>(\"{model.GrainType}\", static (id, invoker) => new {GrainCodeEmitter.ProxyName(model)}(id, invoker));\n");
            for (var i = 0; i < model.Methods.Length; i++)
            {
                var method = model.Methods[i];
                sb.Append($"            global::Mesh.Runtime.Invocation.GrainRequestRegistry.Register(\"{GrainCodeEmitter.RequestKey(model, method)}\", static () => new {GrainCodeEmitter.RequestName(model, method, i)}());\n");
            }
        }

        sb.Append("        }\n    }\n}\n");
        return sb.ToString();
    }
}
