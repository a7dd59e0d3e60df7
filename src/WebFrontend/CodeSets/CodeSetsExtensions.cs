using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.CodeSets;

public static class CodeSetsExtensions
{
    /// <summary>Mesh:CodeSets, checked at start, and the loader of the files it names.</summary>
    public static IServiceCollection AddMeshCodeSets(this IServiceCollection services)
    {
        services.AddOptions<CodeSetsOptions>().BindConfiguration(CodeSetsOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<CodeSetsOptions>, CodeSetsOptionsValidator>();
        services.AddHostedService<CodeSetStartupLoader>();
        return services;
    }
}
