using Media.Abstractions.Content;
using Media.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Testing;

/// <summary>Arrange-only shortcut for tests of the public side (site, app read API): signs off and publishes an
/// article through the content contracts, without the review and delivery path (tested on their own).</summary>
public static class PublishedArticleSeeder
{
    public static async Task PublishAsync(MediaAppFactory app, Guid articleId)
    {
        using var scope = app.Services.CreateScope();
        var lifecycle = scope.ServiceProvider.GetRequiredService<IArticleLifecycle>();
        var publication = scope.ServiceProvider.GetRequiredService<IArticlePublication>();
        var state = await lifecycle.FindAsync(articleId, CancellationToken.None)
            ?? throw new InvalidOperationException($"No article {articleId}.");
        var pin = new SignOffPin(state.Version, state.ContentHash);
        Expect(await lifecycle.StageAsync(articleId, new ArticleTransition(state.Status, EditorialStatus.Approved, state.Version, SignOff: pin), CancellationToken.None));
        Expect(await publication.StagePublishedAsync(articleId, EditorialStatus.Approved, state.Version, CancellationToken.None));
        await scope.ServiceProvider.GetRequiredService<MediaDbContext>().SaveChangesAsync();
    }

    public static async Task RetractAsync(MediaAppFactory app, Guid articleId, string reason = "测试撤稿")
    {
        using var scope = app.Services.CreateScope();
        Expect(await scope.ServiceProvider.GetRequiredService<IArticlePublication>().StageRetractedAsync(articleId, reason, CancellationToken.None));
        await scope.ServiceProvider.GetRequiredService<MediaDbContext>().SaveChangesAsync();
    }

    private static void Expect(TransitionOutcome outcome)
    {
        if (outcome != TransitionOutcome.Staged) throw new InvalidOperationException($"Transition refused: {outcome}");
    }
}
