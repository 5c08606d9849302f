using Media.Abstractions.Security;

namespace Media.Search;

public sealed class SearchPermissions : IPermissionProvider
{
    public static readonly Permission RebuildSearchIndex = new(nameof(RebuildSearchIndex), "Rebuild the site search index from the database");

    public IEnumerable<Permission> GetPermissions() => [RebuildSearchIndex];

    public IEnumerable<RolePermissions> GetDefaultRoles() => [new(MediaRoles.Admin, [RebuildSearchIndex])];
}
