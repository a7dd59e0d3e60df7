using Microsoft.Extensions.Options;

namespace Mesh.Runtime.Membership;

/// <summary>Rejects membership settings that cannot work, naming the option.</summary>
internal sealed class MembershipOptionsValidator : IValidateOptions<MembershipOptions>
{
    public ValidateOptionsResult Validate(string? name, MembershipOptions options)
    {
        var failures = new List<string>();
        if (options.HeartbeatPeriod <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(MembershipOptions.HeartbeatPeriod)} must be positive (was {options.HeartbeatPeriod}).");
        }

        if (options.HeartbeatTimeout <= options.HeartbeatPeriod * 2)
        {
            failures.Add($"{nameof(MembershipOptions.HeartbeatTimeout)} must exceed twice {nameof(MembershipOptions.HeartbeatPeriod)} (was {options.HeartbeatTimeout}).");
        }

        if (options.ProbePeriod <= TimeSpan.Zero || options.ProbeTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{nameof(MembershipOptions.ProbePeriod)} and {nameof(MembershipOptions.ProbeTimeout)} must be positive.");
        }

        if (options.MissedProbesLimit < 1)
        {
            failures.Add($"{nameof(MembershipOptions.MissedProbesLimit)} must be at least 1 (was {options.MissedProbesLimit}).");
        }

        if (options.VotesToDeclareDead < 1)
        {
            failures.Add($"{nameof(MembershipOptions.VotesToDeclareDead)} must be at least 1 (was {options.VotesToDeclareDead}).");
        }

        if (options.VoteExpiry <= options.ProbePeriod)
        {
            failures.Add($"{nameof(MembershipOptions.VoteExpiry)} must exceed {nameof(MembershipOptions.ProbePeriod)} (was {options.VoteExpiry}).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
