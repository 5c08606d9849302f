using Media.Abstractions.Content;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Channels.App.Webhooks;

/// <summary>Whether a delivery carries a corrected version (更正, docs/lifecycle.md §4): the published correction that
/// put its version (or an older one) live, or null for the piece as it first went out. Asked of the Articles module in
/// a scope of its own, as the sender is a singleton.</summary>
internal sealed class AppWebhookCorrections(IServiceScopeFactory scopes)
{
    public async Task<CorrectionNotice?> FindAsync(Guid articleId, int version, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var corrections = await scope.ServiceProvider.GetRequiredService<IPublishedCorrections>().ForArticleAsync(articleId, cancellationToken);
        return corrections.LastOrDefault(c => c.CorrectedVersion <= version);
    }
}
