using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Reminders;

/// <summary>Rejects reminder settings that cannot work, naming the option.</summary>
internal sealed class ReminderOptionsValidator : IValidateOptions<ReminderOptions>
{
    public ValidateOptionsResult Validate(string? name, ReminderOptions options) =>
        options.RefreshPeriod > TimeSpan.Zero
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{nameof(ReminderOptions.RefreshPeriod)} must be positive (was {options.RefreshPeriod}).");
}
