using System.Security.Claims;
using Media.Abstractions.Security;

namespace Media.Web.Tests.Unit;

/// <summary>A role → permission map given by the test, in place of the one the modules declare.</summary>
internal sealed class FakePermissions(Dictionary<string, Permission[]> byRole) : IPermissionService
{
    public bool Has(ClaimsPrincipal user, Permission permission) =>
        Has(user.FindAll(MediaClaimTypes.Role).Select(c => c.Value), permission);

    public bool Has(IEnumerable<string> roles, Permission permission) =>
        roles.Any(r => byRole.TryGetValue(r, out var held) && held.Contains(permission));
}
