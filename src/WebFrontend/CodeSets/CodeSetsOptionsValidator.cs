using Microsoft.Extensions.Options;

namespace Mesh.WebFrontend.CodeSets;

/// <summary>A configured code set file must exist: a typo in a path fails the start, naming the setting.</summary>
public sealed class CodeSetsOptionsValidator : IValidateOptions<CodeSetsOptions>
{
    public ValidateOptionsResult Validate(string? name, CodeSetsOptions options)
    {
        var missing = options.Files().Where(f => !File.Exists(f.Path)).Select(f => $"{f.Setting}: no file at '{f.Path}'.").ToList();
        return missing.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(missing);
    }
}
