using Microsoft.Extensions.Options;
using ServiceConsole.Domain.Policy;

namespace ServiceConsole.Web.Configuration;

/// <summary>Runs the domain's cross-field checks of the policy numbers at start-up.</summary>
public sealed class PolicyOptionsValidation : IValidateOptions<PolicyOptions>
{
    public ValidateOptionsResult Validate(string? name, PolicyOptions options)
    {
        var failures = PolicyOptionsValidator.Validate(options);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
