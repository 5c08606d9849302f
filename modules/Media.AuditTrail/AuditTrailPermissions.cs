using Media.Abstractions.Security;

namespace Media.AuditTrail;

public sealed class AuditTrailPermissions : IPermissionProvider
{
    public static readonly Permission ViewAuditTrail = new(nameof(ViewAuditTrail), "Read, verify and export the audit trail");

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Auditor, [ViewAuditTrail]),
        new(MediaRoles.Admin, [ViewAuditTrail]),
    ];
}
