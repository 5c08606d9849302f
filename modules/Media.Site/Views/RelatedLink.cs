namespace Media.Site.Views;

/// <summary>A related piece at the foot of an article page (docs/http-api.md §4.14).</summary>
internal sealed record RelatedLink(string Title, string Url, string PublishedAt, string PublishedIso);
