using Media.Abstractions.Content;
using Media.Abstractions.Http;
using Media.Abstractions.Security;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Articles.Lifecycle;
using Media.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>The article list: newest change first, filtered; <see cref="ArticleQueries"/> limits a reporter to their own.</summary>
[Authorize]
public sealed class IndexModel(ArticleQueries queries, MediaDbContext db, IPermissionService permissions, ICurrentUser user,
    ArticleAccess access, LifecycleGate gate) : PageModel
{
    public IReadOnlyList<(Article Article, ArticleVersion Version)> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageSize { get; private set; } = Paging.DefaultPageSize;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    [FromQuery(Name = "columnId")]
    public Guid? ColumnId { get; set; }

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    public ColumnNames Columns { get; private set; } = new([]);

    public bool CanCreate => permissions.Has(user.Roles, ArticlesPermissions.CreateArticles);

    // "page" is a route value of Razor Pages itself, so the number is bound from the query string only.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        if (Status is not null && !EditorialStatus.All.Contains(Status)) Status = null;
        if (!ModelState.IsValid) ColumnId = null; // an unparseable column id filters nothing
        (PageNumber, PageSize) = Paging.Normalize(page, Paging.DefaultPageSize);
        Columns = await ColumnNames.LoadAsync(db, ct);
        (Items, Total) = await queries.ListAsync(new ArticleFilter(Status, ColumnId, Query, PageNumber, PageSize), ct);
    }

    /// <summary>The one button a row offers: 去修改 for a piece sent back, 送审 for a draft, 去发布 once signed off —
    /// each only when the transition table and the viewer's permissions allow it.</summary>
    public ArticleNextStep NextStep(Article article)
    {
        var mayEdit = access.CanEdit(article);
        if (EditorialStatus.IsSentBack(article.Status, article.LastReviewComment) && mayEdit && May(article, ArticleOperation.Edit))
            return ArticleNextStep.Revise;
        if (mayEdit && May(article, ArticleOperation.Submit)) return ArticleNextStep.Submit;
        return May(article, ArticleOperation.Publish) ? ArticleNextStep.Publish : ArticleNextStep.None;
    }

    private bool May(Article article, string operation) => gate.Check(article, operation).Refusal is null;

    public string PageUrl(int number)
    {
        var query = new Dictionary<string, string?> { ["page"] = number.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (Status is not null) query["status"] = Status;
        if (ColumnId is not null) query["columnId"] = ColumnId.ToString();
        if (!string.IsNullOrWhiteSpace(Query)) query["q"] = Query;
        return QueryHelpers.AddQueryString("/admin/articles", query);
    }
}
