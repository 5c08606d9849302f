using Media.Abstractions.Content;
using Media.Site.Views;

namespace Media.Site.Rendering;

/// <summary>
/// The <c>web</c> channel's preview (docs/review.md §4): any version of an article rendered by the public theme's own
/// <c>article</c> template and layout, exactly as the site will render it once published — same composer, same
/// sanitizing renderer, same column, cover, tags and corrections — plus a visible 预览 banner and <c>noindex</c>, and no
/// canonical address. It is never cached: the site's output cache only holds the anonymous public endpoints, and the
/// preview is answered by the authorized API and admin endpoints.
/// </summary>
internal sealed class SitePreview(IPublishedArticles published, IPublishedCorrections corrections, IMarkdownRenderer markdown,
    SiteComposer composer, SiteTemplates templates, TimeProvider clock) : IArticlePreview
{
    public const string WebChannel = "web";

    public string Channel => WebChannel;

    public async Task<string> RenderAsync(ArticlePreviewSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var columns = await published.ColumnsAsync(cancellationToken);
        var column = columns.FirstOrDefault(c => c.Id == source.ColumnId);
        // A live piece keeps its publication time and its corrections; one not yet out shows the time of the preview.
        var live = source.ArticleId == Guid.Empty ? null : (await published.FindAsync(source.ArticleId, cancellationToken)).Article;
        var at = live?.PublishedAt ?? clock.GetUtcNow();
        var article = new PublishedArticle(source.ArticleId, column?.Id ?? Guid.Empty, column?.Name ?? "未分栏", column?.Slug ?? "",
            source.Title, source.Subtitle, source.Author, source.Source, source.Summary, markdown.ToSafeHtml(source.Body),
            source.CoverMediaId, source.Tags, source.Version, "", at, at, live?.Url ?? "");
        var notes = live is null ? [] : await corrections.ForArticleAsync(live.Id, cancellationToken);
        // The related pieces readers would see beside this version (its column and tags), as the public page lists them.
        var related = await published.RelatedAsync(article, SitePages.RelatedSize, cancellationToken);
        var (page, meta) = await composer.ArticleAsync(article, notes, related, cancellationToken);
        var chrome = composer.Chrome(columns, column?.ParentId ?? column?.Id, column) with { Preview = Banner(source, live) };
        // Type "" is the layout's page that is not for search engines nor for sharing: noindex, no canonical, no card.
        return await templates.RenderAsync("article", chrome, meta with { Type = "", CanonicalUrl = "" }, page);
    }

    private static string Banner(ArticlePreviewSource source, PublishedArticle? live) =>
        live is null ? $"预览 · 第 {source.Version} 版 · 尚未发布，读者看不到此页"
        : live.Version == source.Version ? $"预览 · 第 {source.Version} 版 · 即线上版本"
        : $"预览 · 第 {source.Version} 版 · 线上仍是第 {live.Version} 版";
}
