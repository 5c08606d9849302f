using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Site.Views;
using Microsoft.AspNetCore.Http;

namespace Media.Site.Rendering;

/// <summary>Renders each public page from the published articles and corrections: home, column, article, the
/// corrections list, retracted, not found.</summary>
internal sealed class SitePages(IPublishedArticles published, IPublishedCorrections corrections, SiteComposer composer, SiteTemplates templates)
{
    public const int HomeSize = 20;
    public const int ColumnPageSize = 20;
    public const int CorrectionsPageSize = 20;
    public const string CorrectionsPath = "/corrections";
    public const int RelatedSize = 5;

    public async Task<HtmlPage> HomeAsync(CancellationToken cancellationToken)
    {
        var columns = await published.ColumnsAsync(cancellationToken);
        var (items, _) = await published.ListAsync(null, 1, HomeSize, cancellationToken);
        var cards = await composer.CardsAsync(items, cancellationToken);
        var page = new ListPage("最新", cards.FirstOrDefault(), cards.Skip(1).ToList(), null, []);
        var meta = composer.ListMeta(composer.Site.Name, $"{composer.Site.Name}：本地新闻、政务和民生资讯。", "/");
        return new HtmlPage(StatusCodes.Status200OK, await templates.RenderAsync("home", composer.Chrome(columns, null), meta, page));
    }

    /// <summary>A column's page <paramref name="pageNumber"/>; null when there is no such column or page.</summary>
    public async Task<HtmlPage?> ColumnAsync(string slug, int pageNumber, CancellationToken cancellationToken)
    {
        var columns = await published.ColumnsAsync(cancellationToken);
        var column = columns.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));
        if (column is null) return null;
        var (items, total) = await published.ListAsync(column.Id, pageNumber, ColumnPageSize, cancellationToken);
        var pages = Math.Max(1, (total + ColumnPageSize - 1) / ColumnPageSize);
        if (pageNumber > pages) return null;

        var url = SiteComposer.ColumnUrl(column.Slug);
        var children = columns.Where(c => c.ParentId == column.Id).Select(c => new ColumnLink(c.Name, SiteComposer.ColumnUrl(c.Slug), false)).ToList();
        var pager = pages == 1 ? null : new Pager(pageNumber, pages,
            pageNumber > 1 ? $"{url}?page={pageNumber - 1}" : null, pageNumber < pages ? $"{url}?page={pageNumber + 1}" : null);
        var page = new ListPage(column.Name, null, await composer.CardsAsync(items, cancellationToken), pager, children);
        var meta = composer.ListMeta($"{column.Name} - {composer.Site.Name}", $"{composer.Site.Name}{column.Name}栏目",
            pageNumber == 1 ? url : $"{url}?page={pageNumber}");
        var chrome = composer.Chrome(columns, column.ParentId ?? column.Id, column);
        return new HtmlPage(StatusCodes.Status200OK, await templates.RenderAsync("column", chrome, meta, page));
    }

    public async Task<HtmlPage> ArticleAsync(PublishedArticle article, CancellationToken cancellationToken)
    {
        var columns = await published.ColumnsAsync(cancellationToken);
        var notes = await corrections.ForArticleAsync(article.Id, cancellationToken);
        var related = await published.RelatedAsync(article, RelatedSize, cancellationToken);
        var (page, meta) = await composer.ArticleAsync(article, notes, related, cancellationToken);
        var column = columns.FirstOrDefault(c => c.Id == article.ColumnId);
        var chrome = composer.Chrome(columns, column?.ParentId ?? article.ColumnId, column);
        return new HtmlPage(StatusCodes.Status200OK, await templates.RenderAsync("article", chrome, meta, page));
    }

    /// <summary>Page <paramref name="pageNumber"/> of the published corrections, newest first (docs/lifecycle.md §4); null
    /// past the last page. Page 1 always exists, saying so when there is no correction yet.</summary>
    public async Task<HtmlPage?> CorrectionsAsync(int pageNumber, CancellationToken cancellationToken)
    {
        var (items, total) = await corrections.ListAsync(pageNumber, CorrectionsPageSize, cancellationToken);
        var pages = Math.Max(1, (total + CorrectionsPageSize - 1) / CorrectionsPageSize);
        if (pageNumber > pages) return null;

        var columns = await published.ColumnsAsync(cancellationToken);
        var pager = pages == 1 ? null : new Pager(pageNumber, pages,
            pageNumber > 1 ? $"{CorrectionsPath}?page={pageNumber - 1}" : null,
            pageNumber < pages ? $"{CorrectionsPath}?page={pageNumber + 1}" : null);
        var page = new CorrectionsPage("更正", SiteComposer.CorrectionEntries(items), pager);
        var meta = composer.ListMeta($"更正 - {composer.Site.Name}", $"{composer.Site.Name}对已发布稿件的更正说明。",
            pageNumber == 1 ? CorrectionsPath : $"{CorrectionsPath}?page={pageNumber}");
        return new HtmlPage(StatusCodes.Status200OK, await templates.RenderAsync("corrections", composer.Chrome(columns, null), meta, page));
    }

    public async Task<HtmlPage> GoneAsync(string path, DateTimeOffset? retractedAt, CancellationToken cancellationToken)
    {
        var columns = await published.ColumnsAsync(cancellationToken);
        var page = retractedAt is { } at ? new GonePage(ChinaTime.Long(at), ChinaTime.Iso(at)) : new GonePage(null, null);
        var meta = new PageMeta($"已撤稿 - {composer.Site.Name}", "该稿件已撤稿。", composer.Address.Absolute(path), null, "");
        return new HtmlPage(StatusCodes.Status410Gone, await templates.RenderAsync("gone", composer.Chrome(columns, null), meta, page));
    }

    public async Task<HtmlPage> NotFoundAsync(string path, CancellationToken cancellationToken)
    {
        var columns = await published.ColumnsAsync(cancellationToken);
        var meta = new PageMeta($"页面不存在 - {composer.Site.Name}", "页面不存在。", composer.Address.Absolute(path), null, "");
        return new HtmlPage(StatusCodes.Status404NotFound, await templates.RenderAsync("not-found", composer.Chrome(columns, null), meta, new { }));
    }
}
