using Microsoft.AspNetCore.Builder;

namespace Media.Abstractions.Security;

public static class PermissionEndpointExtensions
{
    /// <summary>Requires the permission on an endpoint or group; the policy name is the permission name.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, Permission permission)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(permission.Name);
}
