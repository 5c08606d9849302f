using System.Security.Claims;
using Media.Abstractions.Security;
using Microsoft.AspNetCore.Http;

namespace Media.Users.Security;

internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal Principal => accessor.HttpContext?.User ?? new ClaimsPrincipal();

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true;

    public Guid Id => Guid.TryParse(Principal.FindFirstValue(MediaClaimTypes.UserId), out var id) ? id : Guid.Empty;

    public string UserName => Principal.FindFirstValue(MediaClaimTypes.UserName) ?? "";

    public string DisplayName => Principal.FindFirstValue(MediaClaimTypes.DisplayName) ?? UserName;

    public IReadOnlyCollection<string> Roles => Principal.FindAll(MediaClaimTypes.Role).Select(c => c.Value).ToList();

    public bool IsInRole(string role) => Principal.HasClaim(MediaClaimTypes.Role, role);
}
