namespace Media.Abstractions.Security;

/// <summary>Each module declares its permissions and the roles that hold them by default.</summary>
public interface IPermissionProvider
{
    IEnumerable<Permission> GetPermissions();

    IEnumerable<RolePermissions> GetDefaultRoles();
}
