using Media.Abstractions.Screening;

namespace Media.Review.Pages.Admin.Review;

/// <summary>What the screening partial shows: the hits and the text they were found in (for the words around each).</summary>
public sealed record ScreeningView(IReadOnlyList<ScreeningFinding> Hits, ArticleText? Text);
