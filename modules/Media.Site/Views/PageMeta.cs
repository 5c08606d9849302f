namespace Media.Site.Views;

/// <summary>The head of a page: title, description, canonical URL and the Open Graph / Twitter share card.</summary>
/// <param name="ImageUrl">An absolute URL, or null for a card without image.</param>
/// <param name="Type"><c>website</c> or <c>article</c>.</param>
internal sealed record PageMeta(string Title, string Description, string CanonicalUrl, string? ImageUrl, string Type, string? PublishedIso = null)
{
    public string TwitterCard => ImageUrl is null ? "summary" : "summary_large_image";
}
