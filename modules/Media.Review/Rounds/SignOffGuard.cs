using Media.Abstractions.Content;
using Media.Data;
using Media.Review.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Media.Review.Rounds;

/// <summary>Invariant 5, for the distribution module to call at publish and when a scheduled job fires: the
/// content about to go out must be exactly what was signed off. Every copy of the pin must agree — the article
/// row, its current version row, that version's recomputed content hash and the sign-off recorded by review.</summary>
internal sealed class SignOffGuard(MediaDbContext db, IArticleLifecycle articles, IArticleVersionReader versions, ILogger<SignOffGuard> logger)
    : ISignOffGuard
{
    private static readonly string[] Publishable = [EditorialStatus.Approved, EditorialStatus.Scheduled, EditorialStatus.Published];

    public async Task<SignOffVerdict> CheckAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var verdict = await JudgeAsync(articleId, cancellationToken);
        if (!verdict.Ok) ReviewLog.SignOffRefused(logger, articleId, verdict.Reason);
        return verdict;
    }

    private async Task<SignOffVerdict> JudgeAsync(Guid articleId, CancellationToken ct)
    {
        var article = await articles.FindAsync(articleId, ct);
        if (article is null) return SignOffVerdict.Refused("No such article.");
        if (!Publishable.Contains(article.Status)) return SignOffVerdict.Refused($"The article is '{article.Status}', not signed off.");
        if (article.SignOff is not { } pin) return SignOffVerdict.Refused("The article carries no sign-off.");
        if (pin.Version != article.Version || pin.ContentHash != article.ContentHash)
            return SignOffVerdict.Refused($"The current content (version {article.Version}, {article.ContentHash}) is not the signed one (version {pin.Version}, {pin.ContentHash}).", pin);

        var seal = await versions.SealAsync(articleId, pin.Version, ct);
        if (seal is null || seal.StoredHash != pin.ContentHash || seal.ComputedHash != pin.ContentHash)
            return SignOffVerdict.Refused($"Version {pin.Version} no longer hashes to the signed {pin.ContentHash}: its stored content was changed.", pin);

        var signed = await db.Set<ReviewRound>().AsNoTracking().Where(r => r.ArticleId == articleId && r.State == ReviewRoundState.SignedOff)
            .OrderByDescending(r => r.Number).Select(r => new { r.SignedVersion, r.SignedHash }).FirstOrDefaultAsync(ct);
        if (signed is null || signed.SignedVersion != pin.Version || signed.SignedHash != pin.ContentHash)
            return SignOffVerdict.Refused("The article's sign-off does not match the one review recorded.", pin);
        return new SignOffVerdict(true, "Signed off on exactly this content.", pin);
    }
}
