namespace Media.Site.Views;

internal sealed record ColumnLink(string Name, string Url, bool Current);
