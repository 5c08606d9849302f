using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Articles.Data;
using Media.Articles.Lifecycle;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>The one path by which article content changes: create, edit, restore an earlier version. Edits and
/// restores are operations of the transition table like any other (docs/lifecycle.md §2). Each save writes a new
/// immutable version (<see cref="VersionWriter"/>) and commits once.</summary>
public sealed class ArticleDesk(MediaDbContext db, ICurrentUser user, ArticleAccess access, LifecycleGate gate,
    VersionWriter versions, TimeProvider clock)
{
    public async Task<DeskResult> CreateAsync(ArticleInput input, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return DeskResult.Of(Outcome.Invalid(errors.ToDictionary()));
        var content = input.Normalize();
        if (!await ColumnExistsAsync(content.ColumnId, ct)) return DeskResult.Of(UnknownColumn);

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
        return await SaveAsync(article, content, isNew: true, restoredFrom: null, ct);
    }

    public async Task<DeskResult> UpdateAsync(Guid id, int expectedVersion, ArticleInput input, CancellationToken ct)
    {
        var (article, refusal) = await OpenAsync(id, expectedVersion, ArticleOperation.Edit, ct);
        if (refusal is not null) return refusal;
        var errors = input.Check();
        if (errors.Any) return DeskResult.Of(Outcome.Invalid(errors.ToDictionary()));
        var content = input.Normalize();
        if (!await ColumnExistsAsync(content.ColumnId, ct)) return DeskResult.Of(UnknownColumn);
        return await SaveAsync(article!, content, isNew: false, restoredFrom: null, ct);
    }

    /// <summary>An earlier version's content becomes the newest version (nothing is overwritten: history only grows).</summary>
    public async Task<DeskResult> RestoreAsync(Guid id, int expectedVersion, int fromVersion, CancellationToken ct)
    {
        var (article, refusal) = await OpenAsync(id, expectedVersion, ArticleOperation.Restore, ct);
        if (refusal is not null) return refusal;
        var earlier = await db.Set<ArticleVersion>().AsNoTracking().SingleOrDefaultAsync(v => v.ArticleId == id && v.Version == fromVersion, ct);
        if (earlier is null) return DeskResult.Of(Outcome.Unprocessable("version", $"Article {id} has no version {fromVersion}.", "No such version.").Says($"这篇稿件没有第 {fromVersion} 版。"));
        if (!await ColumnExistsAsync(earlier.ColumnId, ct)) return DeskResult.Of(UnknownColumn);
        return await SaveAsync(article!, VersionWriter.ContentOf(earlier), isNew: false, restoredFrom: fromVersion, ct);
    }

    /// <summary>The article the caller may change with the operation at the version they saw, or the refusal.</summary>
    private async Task<(Article? Article, DeskResult? Refusal)> OpenAsync(Guid id, int expectedVersion, string operation, CancellationToken ct)
    {
        var article = await db.Set<Article>().SingleOrDefaultAsync(a => a.Id == id, ct);
        if (article is null || !access.CanView(article)) return (null, DeskResult.Of(Outcome.NotFound("No such article.").Says("找不到这篇稿件，可能已被删除或你无权查看。")));
        if (!access.CanEdit(article)) return (null, DeskResult.Of(Outcome.Forbidden("You may not edit this article.").Says("你不能修改这篇稿件。")));
        if (article.CurrentVersion != expectedVersion) return (null, Stale(article, expectedVersion));
        if (gate.Check(article, operation).Refusal is { } refused) return (null, DeskResult.Of(refused, article));
        return (article, null);
    }

    private async Task<DeskResult> SaveAsync(Article article, ArticleContent content, bool isNew, int? restoredFrom, CancellationToken ct)
    {
        var expected = article.CurrentVersion;
        var version = await versions.AppendAsync(article, content, isNew, restoredFrom, ct);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException) when (!isNew)
        {
            return Stale(article, expected); // another save took this version first
        }
        return new DeskResult(Outcome.Done, article, version);
    }

    private static DeskResult Stale(Article article, int expected) => DeskResult.Of(Outcome.PreconditionFailed(
        $"The article is at version {article.CurrentVersion}, not {expected}: someone saved it since you loaded it. Reload and re-apply your change.")
        .Says($"你打开之后已有人保存过这篇稿件（现在是第 {article.CurrentVersion} 版），未保存；请刷新后重做你的修改。"), article);

    private static Outcome UnknownColumn => Outcome.Unprocessable("columnId", "No such column.", "The column does not exist.").Says("所选栏目不存在，请重新选择栏目。");

    private Task<bool> ColumnExistsAsync(Guid columnId, CancellationToken ct) =>
        db.Set<Column>().AnyAsync(c => c.Id == columnId, ct);
}
