using Media.Abstractions.Content;
using Media.Abstractions.Screening;

namespace Media.Review.Rounds;

/// <summary>Screens one version of an article (title, subtitle, summary, body) with the current word list.</summary>
public sealed class VersionScreening(IArticleVersionReader versions, IArticleScreening screening)
{
    public async Task<ArticleScreeningResult?> ScreenAsync(Guid articleId, int version, CancellationToken ct) =>
        (await ScreenTextAsync(articleId, version, ct))?.Result;

    /// <summary>The result with the text it was found in, for pages that show the words around each hit.</summary>
    public async Task<ScreenedText?> ScreenTextAsync(Guid articleId, int version, CancellationToken ct)
    {
        if (await versions.FindAsync(articleId, version, ct) is not { } v) return null;
        var text = new ArticleText(v.Title, v.Subtitle, v.Summary, v.Body);
        return new ScreenedText(text, await screening.ScreenAsync(text, ct));
    }
}

/// <summary>A version's text and what screening found in it.</summary>
public sealed record ScreenedText(ArticleText Text, ArticleScreeningResult Result);
