using Media.Abstractions.Content;
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

    private static readonly Permission Review = EditorialPermissions.ReviewArticles;
    private static readonly Permission Publish = EditorialPermissions.PublishArticles;
    private static readonly Permission Retract = EditorialPermissions.RetractArticles;
    private static readonly Permission Correct = EditorialPermissions.CorrectArticles;

    /// <summary>The article permissions and the lifecycle's (the transition table checks them: docs/lifecycle.md §2).</summary>
    public IEnumerable<Permission> GetPermissions() =>
        [ViewOwnArticles, ViewAllArticles, CreateArticles, EditOwnArticles, EditAllArticles, ManageColumns, Review, Publish, Retract, Correct];

    public IEnumerable<RolePermissions> GetDefaultRoles() =>
    [
        new(MediaRoles.Reporter, [ViewOwnArticles, CreateArticles, EditOwnArticles, Correct]),
        new(MediaRoles.Editor, [ViewOwnArticles, ViewAllArticles, CreateArticles, EditOwnArticles, EditAllArticles, Review, Correct]),
        new(MediaRoles.ChiefEditor, [ViewOwnArticles, ViewAllArticles, CreateArticles, EditOwnArticles, EditAllArticles, Review, Publish, Correct]),
        new(MediaRoles.Leader, [ViewOwnArticles, ViewAllArticles, CreateArticles, EditOwnArticles, EditAllArticles, Review, Publish, Retract, Correct]),
        new(MediaRoles.Admin, [ViewOwnArticles, ViewAllArticles, ManageColumns, Publish, Retract]),
        new(MediaRoles.Auditor, [ViewAllArticles]),
    ];
}
