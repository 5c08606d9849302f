namespace Media.Site.Views;

/// <summary>What every page shows around its content: the site's name, the stylesheet and the column navigation.</summary>
internal sealed record SiteChrome(string Name, string HomeUrl, string StylesheetUrl, IReadOnlyList<ColumnLink> Columns, int Year);
