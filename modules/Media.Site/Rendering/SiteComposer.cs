using Media.Abstractions.Content;
using Media.Abstractions.Hosting;
using Media.Abstractions.Time;
using Media.Site.Reading;
using Media.Site.Syndication;
using Media.Site.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Media.Site.Rendering;

/// <summary>Turns published articles and columns into the theme's view records.</summary>
internal sealed class SiteComposer(
    IOptions<SiteOptions> options, PublicSiteAddress address, ThemeStylesheet stylesheet, CoverImages covers, ResponsiveBody body,
    TimeProvider clock, IHttpContextAccessor http)
{
    public const int DescriptionLength = 100;

    public SiteOptions Site => options.Value;

    public PublicSiteAddress Address => address;

    public static string ColumnUrl(string slug) => "/columns/" + Uri.EscapeDataString(slug);

    /// <summary>The chrome with the top-level columns as navigation; <paramref name="currentColumn"/> is highlighted. It
    /// carries the reader's reading mode and this page's address for the mode switch.</summary>
    public SiteChrome Chrome(IReadOnlyList<PublicColumn> columns, Guid? currentColumn)
    {
        var links = columns.Where(c => c.ParentId is null)
            .Select(c => new ColumnLink(c.Name, ColumnUrl(c.Slug), c.Id == currentColumn))
            .ToList();
        var request = http.HttpContext?.Request;
        return new SiteChrome(Site.Name, "/", stylesheet.Url, links, ChinaTime.Year(clock.GetUtcNow()))
        {
            LargeText = request is not null && ReadingMode.IsLarge(request),
            ReturnPath = request is null ? "/" : ReadingMode.ReturnPathOf(request),
            IcpNumber = Configured(Site.IcpNumber),
            PublicSecurityRecordNumber = Configured(Site.PublicSecurityRecordNumber),
        };
    }

    private static string? Configured(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The chrome of a page that belongs to <paramref name="column"/>: also offers that column's feed.</summary>
    public SiteChrome Chrome(IReadOnlyList<PublicColumn> columns, Guid? currentColumn, PublicColumn? column) =>
        Chrome(columns, currentColumn) with
        {
            ColumnFeed = column is null ? null : new FeedLink($"{column.Name} - {Site.Name}", SiteFeeds.ColumnPath(column.Slug)),
        };

    public async Task<IReadOnlyList<ArticleCard>> CardsAsync(IReadOnlyList<PublishedArticle> articles, CancellationToken cancellationToken)
    {
        var found = await covers.FindAllAsync(articles, cancellationToken);
        return articles.Select((article, i) => new ArticleCard(article.Title, article.Summary, article.Url, article.ColumnName,
            ColumnUrl(article.ColumnSlug), ChinaTime.Long(article.PublishedAt), ChinaTime.Iso(article.PublishedAt), found[i].Small)).ToList();
    }

    /// <param name="corrections">The article's published corrections, oldest first: its dated 更正说明.</param>
    /// <param name="related">Pieces of its column sharing a tag, newest first.</param>
    public async Task<(ArticlePage Page, PageMeta Meta)> ArticleAsync(PublishedArticle article, IReadOnlyList<CorrectionNotice> corrections,
        IReadOnlyList<RelatedArticle> related, CancellationToken cancellationToken)
    {
        var cover = await covers.FindAsync(article, cancellationToken);
        var notes = corrections.Select(c => new CorrectionNote(c.Note, ChinaTime.Long(c.PublishedAt), ChinaTime.Iso(c.PublishedAt))).ToList();
        var page = new ArticlePage(article.Title, article.Subtitle, article.Author, article.Source ?? Site.Name, article.ColumnName,
            ColumnUrl(article.ColumnSlug), ChinaTime.Long(article.PublishedAt), ChinaTime.Iso(article.PublishedAt), cover.Large,
            await body.RewriteAsync(article.BodyHtml, cancellationToken), article.Tags, notes)
        {
            Cover = cover.Large is null ? null : await covers.PictureAsync(article, cancellationToken),
            Related = related.Select(r => new RelatedLink(r.Title, r.Url, ChinaTime.Long(r.PublishedAt), ChinaTime.Iso(r.PublishedAt))).ToList(),
        };
        var meta = new PageMeta(article.Title, Description(article), address.Absolute(article.Url),
            cover.Large is null ? null : address.Absolute(cover.Large), "article", ChinaTime.Iso(article.PublishedAt));
        return (page, meta);
    }

    /// <summary>The /corrections entries: date in Beijing time, the article's current title and page, the note.</summary>
    public static IReadOnlyList<CorrectionEntry> CorrectionEntries(IReadOnlyList<CorrectionNotice> corrections) =>
        corrections.Select(c => new CorrectionEntry(c.Title, c.Url, c.Note, ChinaTime.Long(c.PublishedAt), ChinaTime.Iso(c.PublishedAt))).ToList();

    public PageMeta ListMeta(string title, string description, string path) =>
        new(title, description, address.Absolute(path), null, "website");

    /// <summary>The summary, or the first <see cref="DescriptionLength"/> characters of the body's text.</summary>
    public static string Description(PublishedArticle article) =>
        PlainText.Excerpt(string.IsNullOrWhiteSpace(article.Summary) ? PlainText.FromHtml(article.BodyHtml) : article.Summary.Trim(), DescriptionLength);
}
