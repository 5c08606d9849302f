using Media.Site.Rendering;

namespace Media.Site.Views;

/// <summary>What every page shows around its content: the site's name, the stylesheet, the column navigation and the
/// footer's links.</summary>
internal sealed record SiteChrome(string Name, string HomeUrl, string StylesheetUrl, IReadOnlyList<ColumnLink> Columns, int Year)
{
    /// <summary>The list of published corrections (更正), linked from every page's footer (docs/lifecycle.md §4).</summary>
    public string CorrectionsUrl => SitePages.CorrectionsPath;
}
