using Media.Abstractions.Content;
using Media.Abstractions.Screening;

namespace Media.Review.Rounds;

/// <summary>Screens one version of an article (title, subtitle, summary, body) with the current word list.</summary>
public sealed class VersionScreening(IArticleVersionReader versions, IArticleScreening screening)
{
    public async Task<ArticleScreeningResult?> ScreenAsync(Guid articleId, int version, CancellationToken ct) =>
        await versions.FindAsync(articleId, version, ct) is { } v
            ? await screening.ScreenAsync(new ArticleText(v.Title, v.Subtitle, v.Summary, v.Body), ct)
            : null;
}
