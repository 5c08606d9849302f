namespace Media.Site.Views;

/// <summary>The home page and column pages: an optional lead story, then the list, then paging.</summary>
internal sealed record ListPage(string Heading, ArticleCard? Lead, IReadOnlyList<ArticleCard> Items, Pager? Pager, IReadOnlyList<ColumnLink> SubColumns);
