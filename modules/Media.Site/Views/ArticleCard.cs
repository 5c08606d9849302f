namespace Media.Site.Views;

/// <summary>An article in a list: home, column pages.</summary>
internal sealed record ArticleCard(
    string Title,
    string? Summary,
    string Url,
    string ColumnName,
    string ColumnUrl,
    string PublishedAt,
    string PublishedIso,
    string? ImageUrl);
