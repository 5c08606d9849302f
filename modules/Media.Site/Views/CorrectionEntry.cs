namespace Media.Site.Views;

/// <summary>A correction on the /corrections page: when, which article (linked), and the 更正说明.</summary>
internal sealed record CorrectionEntry(string Title, string Url, string Note, string PublishedAt, string PublishedIso);
