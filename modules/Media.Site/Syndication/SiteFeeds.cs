using System.Text;
using System.Xml;
using System.Xml.Linq;
using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Site.Rendering;

namespace Media.Site.Syndication;

/// <summary>
/// RSS 2.0 feeds of the newest published articles: the whole site (<c>/feed.xml</c>) and one column with its
/// children (<c>/{slug}/feed.xml</c>), as docs/http-api.md §4.11 describes them. Written with System.Xml.Linq, which
/// escapes every text and needs no package; links are absolute (<c>Media:Site:PublicBaseUrl</c>), dates RFC 822 in
/// Beijing time.
/// </summary>
internal sealed class SiteFeeds(IPublishedArticles published, SiteComposer composer)
{
    public const string ContentType = "application/rss+xml; charset=utf-8";
    public const int Size = 50;
    public const string SitePath = "/feed.xml";

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string ColumnPath(string slug) => "/" + Uri.EscapeDataString(slug) + SitePath;

    public async Task<SiteDocument> SiteAsync(CancellationToken cancellationToken)
    {
        var (items, _) = await published.ListAsync(null, 1, Size, cancellationToken);
        var name = composer.Site.Name;
        return Render(name, "/", $"{name}：本地新闻、政务和民生资讯。", SitePath, items);
    }

    /// <summary>The column's feed (its own and its children's articles, as its page lists them); null when there is
    /// no such column.</summary>
    public async Task<SiteDocument?> ColumnAsync(string slug, CancellationToken cancellationToken)
    {
        var columns = await published.ColumnsAsync(cancellationToken);
        var column = columns.FirstOrDefault(c => string.Equals(c.Slug, slug, StringComparison.OrdinalIgnoreCase));
        if (column is null) return null;
        var (items, _) = await published.ListAsync(column.Id, 1, Size, cancellationToken);
        return Render($"{column.Name} - {composer.Site.Name}", SiteComposer.ColumnUrl(column.Slug),
            $"{composer.Site.Name}{column.Name}栏目", ColumnPath(column.Slug), items);
    }

    private SiteDocument Render(string title, string path, string description, string feedPath, IReadOnlyList<PublishedArticle> items)
    {
        var address = composer.Address;
        var channel = new XElement("channel",
            new XElement("title", title),
            new XElement("link", address.Absolute(path)),
            new XElement("description", description),
            new XElement("language", "zh-cn"),
            new XElement(Atom + "link", new XAttribute("href", address.Absolute(feedPath)), new XAttribute("rel", "self"),
                new XAttribute("type", "application/rss+xml")),
            items.Select(Item));
        var rss = new XElement("rss", new XAttribute("version", "2.0"), new XAttribute(XNamespace.Xmlns + "atom", Atom), channel);
        return new SiteDocument(ContentType, Serialize(new XDocument(rss)));
    }

    private XElement Item(PublishedArticle article)
    {
        var link = composer.Address.Absolute(article.Url);
        return new XElement("item",
            new XElement("title", article.Title),
            new XElement("link", link),
            new XElement("guid", new XAttribute("isPermaLink", "true"), link),
            new XElement("pubDate", ChinaTime.Rfc822(article.PublishedAt)),
            new XElement("category", article.ColumnName),
            new XElement("description", SiteComposer.Description(article)));
    }

    /// <summary>UTF-8 without a byte-order mark, declared in the prolog.</summary>
    public static byte[] Serialize(XDocument document)
    {
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            document.Save(writer);
        }
        return buffer.ToArray();
    }
}
