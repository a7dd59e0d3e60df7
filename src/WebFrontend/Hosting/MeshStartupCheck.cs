using Mesh.Grains.Hosting.Operations;
using Mesh.WebFrontend.CodeSets;
using Mesh.WebFrontend.Fhir;
using Mesh.WebFrontend.Live;

namespace Mesh.WebFrontend.Hosting;

/// <summary>
/// Refuses a start whose settings cannot work before anything is built: one message naming every wrong or missing
/// setting on standard error, and exit code 2, instead of an exception's stack trace from inside the host.
/// </summary>
public static class MeshStartupCheck
{
    /// <summary>The problems with this WebFrontend's settings; empty when it can start.</summary>
    public static List<string> Problems(WebApplicationBuilder builder)
    {
        var problems = MeshSettingsCheck.Problems(builder.Configuration);
        var unconvertible = problems.Count;
        WebValueTypes(builder.Configuration, problems);
        if (problems.Count > unconvertible)
        {
            // The options would not bind; what they hold is checked once the values are fixed.
            return problems;
        }

        var options = builder.Configuration.GetSection(MeshWebOptions.SectionName).Get<MeshWebOptions>() ?? new MeshWebOptions();
        if (new MeshWebOptionsValidator(builder.Environment).Validate(null, options) is { Failed: true } invalid)
        {
            problems.AddRange(invalid.Failures ?? []);
            if (!options.LocalMode && invalid.Failures?.Any(failure => failure.Contains("outside local mode", StringComparison.Ordinal)) == true)
            {
                problems.Add("(Or run on one machine with development sign-in: --Mesh:LocalMode=true.)");
            }
        }

        return problems;
    }

    /// <summary>Values of the WebFrontend's own settings that do not convert to what they set.</summary>
    private static void WebValueTypes(IConfiguration configuration, List<string> problems)
    {
        MeshSettingTypes.Check(configuration, MeshWebOptions.SectionName, typeof(MeshWebOptions), problems);
        MeshSettingTypes.Check(configuration, FhirOptions.SectionName, typeof(FhirOptions), problems);
        MeshSettingTypes.Check(configuration, LiveOptions.SectionName, typeof(LiveOptions), problems);
        MeshSettingTypes.Check(configuration, CodeSetsOptions.SectionName, typeof(CodeSetsOptions), problems);
    }

    /// <summary>Writes the message and returns true when the start must be refused.</summary>
    public static bool Refuses(WebApplicationBuilder builder)
    {
        List<string> problems;
        try
        {
            problems = Problems(builder);
        }
        catch (InvalidOperationException unbindable)
        {
            // A value that does not convert to its setting's type (e.g. a word where a number belongs).
            problems = [unbindable.Message];
        }

        if (problems.Count == 0)
        {
            return false;
        }

        Console.Error.WriteLine(MeshSettingsCheck.Message("Mesh", problems));
        return true;
    }
}
