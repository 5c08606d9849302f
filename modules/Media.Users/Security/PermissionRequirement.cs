using Media.Abstractions.Security;
using Microsoft.AspNetCore.Authorization;

namespace Media.Users.Security;

internal sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;
