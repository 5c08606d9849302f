using Media.Abstractions.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.EntityFrameworkCore;

namespace Media.Articles.Content;

/// <summary>Gives an article its public address when it first goes out (docs/http-api.md §4.14).</summary>
public static class ArticleUrls
{
    /// <summary>Stores the address of <paramref name="article"/> unless it has one already (a correction, a re-publish
    /// keeps it); a piece still on the old <c>/articles/{id}</c> address gets its readable one now. The column is the
    /// published version's; the short id grows when another piece already holds the shorter address.</summary>
    public static async Task AssignAsync(MediaDbContext db, Article article, CancellationToken cancellationToken)
    {
        if (!ArticleAddress.IsLegacy(article.PublishedUrl)) return;
        var version = article.PublishedVersion ?? article.SignedVersion ?? article.CurrentVersion;
        var slug = await (from v in db.Set<ArticleVersion>().AsNoTracking()
                          join c in db.Set<Column>().AsNoTracking() on v.ColumnId equals c.Id
                          where v.ArticleId == article.Id && v.Version == version
                          select c.Slug).SingleAsync(cancellationToken);
        var published = article.PublishedAt ?? throw new InvalidOperationException($"Article {article.Id} has no publication time.");
        foreach (var length in ArticleAddress.ShortIdLengths)
        {
            var url = ArticleAddress.Of(slug, published, ArticleAddress.ShortId(article.Id, length));
            if (!await db.Set<Article>().AnyAsync(a => a.PublishedUrl == url && a.Id != article.Id, cancellationToken))
            {
                article.PublishedUrl = url;
                return;
            }
        }
        throw new InvalidOperationException($"Article {article.Id}: every address is taken, which the whole id rules out.");
    }
}
