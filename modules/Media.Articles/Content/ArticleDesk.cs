using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Security;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>The one path by which article content changes. Each save writes a new immutable version, raises
/// <see cref="ArticleVersionSaved"/> (its handlers — the audit trail — join the same unit of work) and commits once.</summary>
public sealed class ArticleDesk(MediaDbContext db, ICurrentUser user, ArticleAccess access,
    IDomainEventPublisher events, TimeProvider clock)
{
    public async Task<DeskResult> CreateAsync(ArticleInput input, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors.ToDictionary());
        var content = input.Normalize();
        if (!await ColumnExistsAsync(content.ColumnId, ct)) return DeskResult.Of(DeskOutcome.UnknownColumn);

        var now = clock.GetUtcNow();
        var article = new Article
        {
            Id = Guid.CreateVersion7(now),
            ColumnId = content.ColumnId,
            CreatedBy = user.Id,
            CreatedByName = user.DisplayName,
            CreatedAt = now,
        };
        db.Add(article);
        return await SaveVersionAsync(article, content, isNew: true, ct);
    }

    public async Task<DeskResult> UpdateAsync(Guid id, int expectedVersion, ArticleInput input, CancellationToken ct)
    {
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (article is null || !access.CanView(article)) return DeskResult.Of(DeskOutcome.NotFound);
        if (!access.CanEdit(article)) return DeskResult.Of(DeskOutcome.Forbidden);
        if (article.CurrentVersion != expectedVersion) return new DeskResult(DeskOutcome.Stale, article);
        if (article.Status != EditorialStatus.Draft) return new DeskResult(DeskOutcome.NotDraft, article);

        var errors = input.Check();
        if (errors.Any) return new DeskResult(DeskOutcome.Invalid, Errors: errors.ToDictionary());
        var content = input.Normalize();
        if (!await ColumnExistsAsync(content.ColumnId, ct)) return DeskResult.Of(DeskOutcome.UnknownColumn);
        return await SaveVersionAsync(article, content, isNew: false, ct);
    }

    private async Task<DeskResult> SaveVersionAsync(Article article, ArticleContent content, bool isNew, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var version = new ArticleVersion
        {
            ArticleId = article.Id,
            Version = article.CurrentVersion + 1,
            ColumnId = content.ColumnId,
            Title = content.Title,
            Subtitle = content.Subtitle,
            Author = content.Author,
            Source = content.Source,
            Summary = content.Summary,
            Body = content.Body,
            CoverMediaId = content.CoverMediaId,
            Tags = content.Tags.ToList(),
            ContentHash = ContentHash.Compute(content),
            CreatedBy = user.Id,
            CreatedByName = user.DisplayName,
            CreatedAt = now,
        };
        db.Add(version);
        article.CurrentVersion = version.Version;
        article.CurrentContentHash = version.ContentHash;
        article.Title = version.Title;
        article.ColumnId = version.ColumnId;
        article.UpdatedAt = now;
        await events.PublishAsync(new ArticleVersionSaved(article.Id, version.Version, version.ContentHash, isNew, version.Title, version.ColumnId), ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!isNew)
        {
            return new DeskResult(DeskOutcome.Stale, article); // another save took this version first
        }
        return new DeskResult(DeskOutcome.Saved, article, version);
    }

    private Task<bool> ColumnExistsAsync(Guid columnId, CancellationToken ct) =>
        db.Set<Column>().AnyAsync(c => c.Id == columnId, ct);
}
