using System.Security.Claims;

namespace Media.Abstractions.Security;

/// <summary>Answers whether a user holds a permission through one of their roles.</summary>
public interface IPermissionService
{
    bool Has(ClaimsPrincipal user, Permission permission);

    bool Has(IEnumerable<string> roles, Permission permission);
}
