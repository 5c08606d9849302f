using Media.Abstractions.Content;
using Media.Data;
using Media.Review.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Media.Review.Rounds;

/// <summary>docs/review.md §2.5, asked by the lifecycle before a schedule or publish: the content about to
/// go out must be exactly what was signed off. Every copy of the pin must agree — the article as the lifecycle loaded
/// it, its current version row, that version's recomputed content hash and the sign-off recorded by review.</summary>
internal sealed class SignOffGuard(MediaDbContext db, IArticleVersionReader versions, ILogger<SignOffGuard> logger) : ISignOffGuard
{
    public async Task<SignOffVerdict> CheckAsync(ArticleState article, CancellationToken cancellationToken)
    {
        var verdict = await JudgeAsync(article, cancellationToken);
        if (!verdict.Ok) ReviewLog.SignOffRefused(logger, article.Id, verdict.Reason);
        return verdict;
    }

    private async Task<SignOffVerdict> JudgeAsync(ArticleState article, CancellationToken ct)
    {
        if (article.SignOff is not { } pin) return SignOffVerdict.Refused("The article carries no sign-off.");
        if (pin.Version != article.Version || pin.ContentHash != article.ContentHash)
            return SignOffVerdict.Refused($"The current content (version {article.Version}, {article.ContentHash}) is not the signed one (version {pin.Version}, {pin.ContentHash}).", pin);

        var seal = await versions.SealAsync(article.Id, pin.Version, ct);
        if (seal is null || seal.StoredHash != pin.ContentHash || seal.ComputedHash != pin.ContentHash)
            return SignOffVerdict.Refused($"Version {pin.Version} no longer hashes to the signed {pin.ContentHash}: its stored content was changed.", pin);

        var signed = await db.Set<ReviewRound>().AsNoTracking().Where(r => r.ArticleId == article.Id && r.State == ReviewRoundState.SignedOff)
            .OrderByDescending(r => r.Number).Select(r => new { r.SignedVersion, r.SignedHash }).FirstOrDefaultAsync(ct);
        if (signed is null || signed.SignedVersion != pin.Version || signed.SignedHash != pin.ContentHash)
            return SignOffVerdict.Refused("The article's sign-off does not match the one review recorded.", pin);
        return new SignOffVerdict(true, "Signed off on exactly this content.", pin);
    }
}
