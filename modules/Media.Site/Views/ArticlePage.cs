namespace Media.Site.Views;

/// <summary>The article page. <see cref="BodyHtml"/> is the sanitizer's output (its library images made pictures),
/// the only HTML rendered raw; <see cref="Cover"/> is the lead picture when the library has its widths, else
/// <see cref="CoverUrl"/> alone; <see cref="Corrections"/> are its published corrections, oldest first, shown at its foot;
/// <see cref="Related"/> the pieces of its column sharing a tag, newest first.</summary>
internal sealed record ArticlePage(
    string Title,
    string? Subtitle,
    string? Author,
    string Source,
    string ColumnName,
    string ColumnUrl,
    string PublishedAt,
    string PublishedIso,
    string? CoverUrl,
    string BodyHtml,
    IReadOnlyList<string> Tags,
    IReadOnlyList<CorrectionNote> Corrections)
{
    public PictureView? Cover { get; init; }

    public IReadOnlyList<RelatedLink> Related { get; init; } = [];
}
