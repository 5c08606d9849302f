using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Media.Users.Security;

/// <summary>Every declared permission is a policy of the same name: authenticated, and holding it through a role.</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionService permissions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (!permissions.Known.TryGetValue(policyName, out var permission)) return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(permission))
            .Build();
    }
}
