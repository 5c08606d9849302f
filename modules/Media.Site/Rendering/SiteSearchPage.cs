using Media.Abstractions.Content;
using Media.Abstractions.Search;
using Media.Abstractions.Time;
using Media.Site.Views;
using Microsoft.AspNetCore.Http;

namespace Media.Site.Rendering;

/// <summary>Renders <c>/search</c> from <see cref="IArticleSearch"/> (docs/search.md §6). Never output-cached: the
/// results follow publication within the index's own refresh, and each query is its own page.</summary>
internal sealed class SiteSearchPage(IArticleSearch search, IPublishedArticles published, SiteComposer composer, SiteTemplates templates)
{
    public const string Path = "/search";
    public const int PageSize = 10;

    /// <param name="pageNumber">The requested page; null when <c>?page=</c> is not a number.</param>
    public async Task<HtmlPage> RenderAsync(string? query, int? pageNumber, CancellationToken cancellationToken)
    {
        var words = query?.Trim() ?? "";
        if (words.Length == 0) return await PageAsync(StatusCodes.Status200OK, new SearchPage("", false, 0, [], null, null), cancellationToken);

        var errors = SearchLimits.Check(words, pageNumber ?? 0, PageSize);
        if (errors.Count > 0)
        {
            var error = string.Join(" ", errors.Values.SelectMany(e => e));
            return await PageAsync(StatusCodes.Status400BadRequest, new SearchPage(words, false, 0, [], null, error), cancellationToken);
        }

        var number = pageNumber!.Value;
        var results = search.Search(words, number, PageSize);
        var pages = Math.Max(1, (results.Total + PageSize - 1) / PageSize);
        var pager = pages == 1 ? null : new Pager(number, pages,
            number > 1 ? Url(words, number - 1) : null, number < Math.Min(pages, SearchLimits.MaxPage) ? Url(words, number + 1) : null);
        var items = results.Items.Select(h => new SearchResult(h.Title, h.Url, h.SnippetHtml, h.Column,
            ChinaTime.Long(h.PublishedAt), ChinaTime.Iso(h.PublishedAt))).ToList();
        return await PageAsync(StatusCodes.Status200OK, new SearchPage(words, true, results.Total, items, pager, null), cancellationToken);
    }

    public static string Url(string query, int page) => $"{Path}?q={Uri.EscapeDataString(query)}&page={page}";

    private async Task<HtmlPage> PageAsync(int status, SearchPage page, CancellationToken cancellationToken)
    {
        var columns = await published.ColumnsAsync(cancellationToken);
        var title = page.Query.Length == 0 ? $"搜索 - {composer.Site.Name}" : $"{page.Query} - 搜索 - {composer.Site.Name}";
        var meta = new PageMeta(title, $"在{composer.Site.Name}搜索稿件。", composer.Address.Absolute(Path), null, "");
        return new HtmlPage(status, await templates.RenderAsync("search", composer.Chrome(columns, null), meta, page), HtmlPage.NoCache);
    }
}
