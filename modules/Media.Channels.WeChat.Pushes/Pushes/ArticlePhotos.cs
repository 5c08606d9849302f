using System.Text.RegularExpressions;
using Media.Abstractions.Content;

namespace Media.Channels.WeChat.Pushes.Pushes;

/// <summary>The photos of one article version that may be its cover in a push (docs/wechat.md §15.2): its own cover first,
/// then the media library's images in its body, in the order they appear, each once.</summary>
public sealed partial class ArticlePhotos(IMediaAssetIds assets)
{
    public async Task<IReadOnlyList<Guid>> OfAsync(ArticlePreviewSource article, CancellationToken ct)
    {
        var urls = BodyImage().Matches(article.Body).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        var ids = urls.Count == 0 ? new Dictionary<string, Guid>() : await assets.OfUrlsAsync(urls, ct);
        var photos = new List<Guid>();
        if (article.CoverMediaId is { } cover) photos.Add(cover);
        foreach (var url in urls)
        {
            if (ids.TryGetValue(url, out var id) && !photos.Contains(id)) photos.Add(id);
        }
        return photos;
    }

    /// <summary>A served variant as bodies link it: <c>/media/&lt;sha256&gt;/&lt;file&gt;</c>.</summary>
    [GeneratedRegex("/media/[0-9a-f]{64}/[a-z0-9][a-z0-9-]{0,80}\\.(?:jpg|webp)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyImage();
}
