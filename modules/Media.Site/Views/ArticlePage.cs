namespace Media.Site.Views;

/// <summary>The article page. <see cref="BodyHtml"/> is the sanitizer's output, the only HTML rendered raw;
/// <see cref="Corrections"/> are its published corrections, oldest first, shown at its foot.</summary>
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
    IReadOnlyList<CorrectionNote> Corrections);
