using Media.Abstractions.Admin;

namespace Media.Articles;

/// <summary>今日 for every signed-in user; the article list for everyone who may see articles (their own or all of them); 栏目 for who manages columns.</summary>
internal sealed class ArticlesAdminMenu : IAdminMenu
{
    public IEnumerable<AdminMenuEntry> GetEntries() =>
    [
        new("今日", "/admin/today", 10, []),
        new("稿件", "/admin/articles", 100, [ArticlesPermissions.ViewOwnArticles, ArticlesPermissions.ViewAllArticles]),
        new("栏目", "/admin/columns", 710, [ArticlesPermissions.ManageColumns]),
    ];
}
