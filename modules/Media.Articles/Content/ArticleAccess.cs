using Media.Abstractions.Security;
using Media.Articles.Data;

namespace Media.Articles.Content;

/// <summary>Resource-based checks: own article vs. any article. Someone who may not see an article gets 404.</summary>
public sealed class ArticleAccess(ICurrentUser user, IPermissionService permissions)
{
    public bool SeesAll => permissions.Has(user.Roles, ArticlesPermissions.ViewAllArticles);

    /// <summary>False inside Media's own jobs (a scheduled publish), where no person is signed in.</summary>
    public bool IsPerson => user.IsAuthenticated;

    public bool CanView(Article article) =>
        SeesAll || (article.CreatedBy == user.Id && permissions.Has(user.Roles, ArticlesPermissions.ViewOwnArticles));

    public bool CanEdit(Article article) =>
        permissions.Has(user.Roles, ArticlesPermissions.EditAllArticles) ||
        (article.CreatedBy == user.Id && permissions.Has(user.Roles, ArticlesPermissions.EditOwnArticles));
}
