using Media.Site.Rendering;
using Media.Site.Syndication;

namespace Media.Site.Views;

/// <summary>What every page shows around its content: the site's name, the stylesheet, the column navigation and the
/// footer's links.</summary>
/// <param name="ColumnFeed">The feed of the column a page belongs to (a column page, an article page), offered beside
/// the site's own.</param>
internal sealed record SiteChrome(string Name, string HomeUrl, string StylesheetUrl, IReadOnlyList<ColumnLink> Columns, int Year,
    FeedLink? ColumnFeed = null)
{
    /// <summary>Where the ICP number links: the MIIT filing system, as Chinese sites customarily do.</summary>
    public const string IcpRegistryUrl = "https://beian.miit.gov.cn/";

    /// <summary>The 备案号 of the footer (<c>Media:Site:IcpNumber</c>, <c>Media:Site:PublicSecurityRecordNumber</c>);
    /// null when not configured.</summary>
    public string? IcpNumber { get; init; }

    public string? PublicSecurityRecordNumber { get; init; }

    /// <summary>The 预览 banner's text on a preview rendered for editors and reviewers (docs/review.md §4); null on every
    /// public page.</summary>
    public string? Preview { get; init; }

    public string IcpUrl => IcpRegistryUrl;

    /// <summary>The reader chose the 大字模式 (docs/architecture.md §8.1): the layout marks <c>&lt;html&gt;</c> with
    /// <c>large-text</c> and presses that button of the header's switch.</summary>
    public bool LargeText { get; init; }

    /// <summary>Where the header's mode switch brings the reader back: this page's own address.</summary>
    public string ReturnPath { get; init; } = "/";

    public string ReadingModeUrl => Endpoints.ReadingModeEndpoints.Path;

    /// <summary>The site's RSS feed, offered by every page (docs/http-api.md §4.11).</summary>
    public string FeedUrl => SiteFeeds.SitePath;

    /// <summary>The list of published corrections (更正), linked from every page's footer (docs/lifecycle.md §4).</summary>
    public string CorrectionsUrl => SitePages.CorrectionsPath;
}
