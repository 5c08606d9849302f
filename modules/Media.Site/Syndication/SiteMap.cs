using System.Text;
using System.Xml.Linq;
using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Site.Rendering;

namespace Media.Site.Syndication;

/// <summary>
/// <c>/sitemap.xml</c> (sitemaps.org 0.9): the home page, every column page and every published article with the
/// time it last changed for readers (docs/http-api.md §4.11). Retracted pieces are not in it; the output cache drops it
/// with the listings on every publication change. One file holds at most <see cref="MaxUrls"/> addresses, so
/// articles beyond that (the oldest) are left out rather than breaking the file.
/// </summary>
internal sealed class SiteMap(IPublishedArticles published, SiteComposer composer)
{
    public const string Path = "/sitemap.xml";
    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>The sitemaps.org limit for one file.</summary>
    public const int MaxUrls = 50_000;

    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public async Task<SiteDocument> RenderAsync(CancellationToken cancellationToken)
    {
        var columns = await published.ColumnsAsync(cancellationToken);
        var entries = await published.EntriesAsync(MaxUrls - 1 - columns.Count, cancellationToken);
        var newest = entries.Count == 0 ? (DateTimeOffset?)null : entries.Max(e => e.LastModified);
        var urls = new List<XElement> { Url("/", newest) };
        foreach (var column in columns)
        {
            var own = entries.Where(e => e.ColumnId == column.Id || columns.Any(c => c.Id == e.ColumnId && c.ParentId == column.Id));
            urls.Add(Url(SiteComposer.ColumnUrl(column.Slug), own.Select(e => (DateTimeOffset?)e.LastModified).Max()));
        }
        urls.AddRange(entries.Select(e => Url(e.Url, e.LastModified)));
        return new SiteDocument(ContentType, SiteFeeds.Serialize(new XDocument(new XElement(Ns + "urlset", urls))));
    }

    private XElement Url(string path, DateTimeOffset? lastModified) =>
        new(Ns + "url", new XElement(Ns + "loc", composer.Address.Absolute(path)),
            lastModified is { } at ? new XElement(Ns + "lastmod", ChinaTime.W3c(at)) : null);
}
