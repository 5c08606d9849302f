namespace Media.Site.Views;

/// <summary>An RSS feed a page offers to feed readers (<c>&lt;link rel="alternate"&gt;</c>).</summary>
internal sealed record FeedLink(string Title, string Url);
