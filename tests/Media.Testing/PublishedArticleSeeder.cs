using Media.Abstractions.Content;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Testing;

/// <summary>Arrange-only back door for tests of the public side (site, app read API): writes the article row as a
/// signed-off, published (or retracted) piece would have it, without the review and delivery path — those are tested
/// on their own, through the lifecycle. Production code never sets a status outside the Articles module.</summary>
public static class PublishedArticleSeeder
{
    public static async Task PublishAsync(MediaAppFactory app, Guid articleId) =>
        await ChangeAsync(app, articleId, (article, now) =>
        {
            article.Status = EditorialStatus.Published;
            (article.SignedVersion, article.SignedContentHash) = (article.CurrentVersion, article.CurrentContentHash);
            article.PublishedVersion = article.CurrentVersion;
            article.PublishedAt ??= now;
        }, ArticleUrls.AssignAsync);

    public static async Task RetractAsync(MediaAppFactory app, Guid articleId, string reason = "测试撤稿") =>
        await ChangeAsync(app, articleId, (article, now) =>
        {
            article.Status = EditorialStatus.Retracted;
            (article.RetractedAt, article.RetractionReason) = (now, reason);
        });

    /// <summary>The stored public address of an article (docs/http-api.md §4.14); null before it first went out.</summary>
    public static async Task<string?> UrlOfAsync(MediaAppFactory app, Guid articleId)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        return await db.Set<Article>().Where(a => a.Id == articleId).Select(a => a.PublishedUrl).SingleAsync();
    }

    private static async Task ChangeAsync(MediaAppFactory app, Guid articleId, Action<Article, DateTimeOffset> change,
        Func<MediaDbContext, Article, CancellationToken, Task>? then = null)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MediaDbContext>();
        var article = await db.Set<Article>().SingleAsync(a => a.Id == articleId);
        var now = TimeProvider.System.GetUtcNow();
        change(article, now);
        if (then is not null) await then(db, article, CancellationToken.None);
        article.UpdatedAt = now;
        await db.SaveChangesAsync();
    }
}
