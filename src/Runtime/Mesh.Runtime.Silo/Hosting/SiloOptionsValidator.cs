using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Hosting;

/// <summary>Rejects silo settings that cannot work, naming the option.</summary>
internal sealed class SiloOptionsValidator : IValidateOptions<SiloOptions>
{
    public ValidateOptionsResult Validate(string? name, SiloOptions options)
    {
        var failures = new List<string>();
        if (options.ResponseTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(SiloOptions.ResponseTimeout)} must be positive (was {options.ResponseTimeout}).");
        }

        if (options.CollectionAge <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(SiloOptions.CollectionAge)} must be positive (was {options.CollectionAge}).");
        }

        if (options.CollectionQuantum <= TimeSpan.Zero || options.CollectionQuantum > options.CollectionAge)
        {
            failures.Add($"{nameof(SiloOptions.CollectionQuantum)} must be positive and at most {nameof(SiloOptions.CollectionAge)} (was {options.CollectionQuantum}).");
        }

        if (options.DeactivationTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(SiloOptions.DeactivationTimeout)} must be positive (was {options.DeactivationTimeout}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
