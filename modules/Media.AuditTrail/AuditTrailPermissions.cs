using Media.Abstractions.Security;

namespace Media.AuditTrail;

public sealed class AuditTrailPermissions : IPermissionProvider
{
    public static readonly Permission ViewAuditTrail = new(nameof(ViewAuditTrail), "Read, verify and export the audit trail");

    /// <summary>The desk's view of one article's history (<c>GET /api/articles/{id}/audit</c>), without the whole trail.</summary>
    public static readonly Permission ViewArticleAudit = new(nameof(ViewArticleAudit), "Read the audit entries of an article");

    public IEnumerable<Permission> GetPermissions() => [ViewAuditTrail, ViewArticleAudit];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Auditor, [ViewAuditTrail]),
        new(MediaRoles.Admin, [ViewAuditTrail]),
        new(MediaRoles.Editor, [ViewArticleAudit]),
        new(MediaRoles.ChiefEditor, [ViewArticleAudit]),
        new(MediaRoles.Leader, [ViewArticleAudit]),
    ];
}
