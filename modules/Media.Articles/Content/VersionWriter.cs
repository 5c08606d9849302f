using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Security;
using Media.Articles.Data;
using Media.Data;

namespace Media.Articles.Content;

/// <summary>Adds a new immutable version to a tracked article and raises <see cref="ArticleVersionSaved"/> (its
/// handlers — the audit trail — join the same unit of work). The caller saves.</summary>
public sealed class VersionWriter(MediaDbContext db, ICurrentUser user, IBeforeSaveEvents events, TimeProvider clock)
{
    /// <param name="restoredFrom">The earlier version whose content is restored, for a restore; null otherwise.</param>
    public async Task<ArticleVersion> AppendAsync(Article article, ArticleContent content, bool isNew, int? restoredFrom, CancellationToken ct)
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
        await events.RaiseAsync(new ArticleVersionSaved(article.Id, version.Version, version.ContentHash, isNew, version.Title, version.ColumnId, restoredFrom), ct);
        return version;
    }

    public static ArticleContent ContentOf(ArticleVersion v) =>
        new(v.ColumnId, v.Title, v.Subtitle, v.Author, v.Source, v.Summary, v.Body, v.CoverMediaId, v.Tags);
}
