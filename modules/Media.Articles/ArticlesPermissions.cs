using Media.Abstractions.Security;

namespace Media.Articles;

public sealed class ArticlesPermissions : IPermissionProvider
{
    public static readonly Permission ViewOwnArticles = new(nameof(ViewOwnArticles), "See the articles one wrote");
    public static readonly Permission ViewAllArticles = new(nameof(ViewAllArticles), "See every article in the newsroom");
    public static readonly Permission CreateArticles = new(nameof(CreateArticles), "Write new articles");
    public static readonly Permission EditOwnArticles = new(nameof(EditOwnArticles), "Edit one's own drafts");
    public static readonly Permission EditAllArticles = new(nameof(EditAllArticles), "Edit anyone's drafts");
    public static readonly Permission ManageColumns = new(nameof(ManageColumns), "Create and change columns (栏目)");

    public IEnumerable<Permission> GetPermissions() =>
        [ViewOwnArticles, ViewAllArticles, CreateArticles, EditOwnArticles, EditAllArticles, ManageColumns];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Reporter, [ViewOwnArticles, CreateArticles, EditOwnArticles]),
        new(MediaRoles.Editor, [ViewOwnArticles, ViewAllArticles, CreateArticles, EditOwnArticles, EditAllArticles]),
        new(MediaRoles.ChiefEditor, [ViewOwnArticles, ViewAllArticles, CreateArticles, EditOwnArticles, EditAllArticles]),
        new(MediaRoles.Leader, [ViewOwnArticles, ViewAllArticles, CreateArticles, EditOwnArticles, EditAllArticles]),
        new(MediaRoles.Admin, [ViewOwnArticles, ViewAllArticles, ManageColumns]),
        new(MediaRoles.Auditor, [ViewAllArticles]),
    ];
}
