using Media.Abstractions.Admin;

namespace Media.AuditTrail;

/// <summary>The audit trail, for those who may read, verify and export it.</summary>
internal sealed class AuditTrailAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("审计", "/admin/audit", 800, [AuditTrailPermissions.ViewAuditTrail]),
    ];
}
