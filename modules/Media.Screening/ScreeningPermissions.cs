using Media.Abstractions.Security;

namespace Media.Screening;

public sealed class ScreeningPermissions : IPermissionProvider
{
    public static readonly Permission CheckText = new(nameof(CheckText), "Screen a text (校对, 敏感词)");
    public static readonly Permission ViewLexicon = new(nameof(ViewLexicon), "See the county word list");
    public static readonly Permission ManageLexicon = new(nameof(ManageLexicon), "Change the county word list");

    public IEnumerable<Permission> GetPermissions() => [CheckText, ViewLexicon, ManageLexicon];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Reporter, [CheckText]),
        new(MediaRoles.Editor, [CheckText, ViewLexicon]),
        new(MediaRoles.ChiefEditor, [CheckText, ViewLexicon]),
        new(MediaRoles.Leader, [CheckText, ViewLexicon]),
        new(MediaRoles.Admin, [CheckText, ViewLexicon, ManageLexicon]),
        new(MediaRoles.Auditor, [ViewLexicon]),
    ];
}
