using Media.Abstractions.Content;
using Media.Abstractions.Hosting;

namespace Media.Channels.App.Endpoints;

/// <summary>Published articles and their corrections shaped for the app: absolute URLs, cover variants when the media
/// library is there, library images (cover and body) at their public addresses (docs/operations.md §8.1).</summary>
/// <param name="mediaFiles">Zero or one: the media library is optional, and without it articles have no cover.</param>
/// <param name="publicMediaUrls">Zero or one, registered by the media library.</param>
internal sealed class PublicArticleReader(IPublishedArticles articles, IPublishedCorrections corrections, IEnumerable<IMediaFiles> mediaFiles,
    IEnumerable<PublicMediaUrls> publicMediaUrls, PublicSiteAddress site)
{
    private readonly PublicMediaUrls media = publicMediaUrls.LastOrDefault() ?? PublicMediaUrls.SiteServed;

    public Task<PublicArticleLookup> FindAsync(Guid articleId, CancellationToken cancellationToken) =>
        articles.FindAsync(articleId, cancellationToken);

    public async Task<PublicArticleList> ListAsync(Guid? columnId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var (items, total) = await articles.ListAsync(columnId, page, pageSize, cancellationToken);
        var shaped = new List<PublicArticleResponse>(items.Count);
        foreach (var item in items) shaped.Add(await ShapeAsync(item, cancellationToken));
        return new PublicArticleList(shaped, total, page, pageSize);
    }

    /// <summary>Every published correction, newest first (docs/lifecycle.md §4).</summary>
    public async Task<PublicCorrectionList> ListCorrectionsAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var (items, total) = await corrections.ListAsync(page, pageSize, cancellationToken);
        var shaped = items.Select(c => new PublicCorrectionResponse(c.ArticleId, c.Title, site.Absolute(c.Url), c.Note, c.PublishedAt,
            c.OfVersion, c.CorrectedVersion)).ToList();
        return new PublicCorrectionList(shaped, total, page, pageSize);
    }

    public async Task<PublicArticleResponse> ShapeAsync(PublishedArticle a, CancellationToken cancellationToken)
    {
        var notes = await corrections.ForArticleAsync(a.Id, cancellationToken);
        return new(a.Id, a.ColumnId, new PublicColumnResponse(a.ColumnId, a.ColumnName, a.ColumnSlug), a.Title, a.Subtitle, a.Author,
            a.Source, a.Summary, media.RewriteHtml(a.BodyHtml), await CoverAsync(a.CoverMediaId, cancellationToken), a.Tags, a.Version,
            a.ContentHash, a.PublishedAt, a.UpdatedAt, site.Absolute(a.Url),
            notes.Select(c => new PublicArticleCorrection(c.Note, c.PublishedAt)).ToList());
    }

    private async Task<IReadOnlyDictionary<string, string>?> CoverAsync(Guid? mediaId, CancellationToken cancellationToken)
    {
        if (mediaId is not { } id || mediaFiles.LastOrDefault() is not { } files) return null;
        var variants = await files.VariantUrlsAsync(id, cancellationToken);
        if (variants is null || variants.Count == 0) return null;
        return variants.OrderBy(v => v.Key, StringComparer.Ordinal)
            .ToDictionary(v => v.Key, v => site.Absolute(media.Public(v.Value)), StringComparer.Ordinal);
    }
}
