namespace Media.Abstractions.Content;

/// <summary>Read access to the media library's served files for channels that must re-upload images (WeChat).</summary>
public interface IMediaFiles
{
    /// <summary>A variant of an asset (e.g. <c>wechat-cover</c> JPEG, <c>article</c> JPEG), or null.</summary>
    Task<MediaFile?> OpenVariantAsync(Guid mediaId, string variant, CancellationToken cancellationToken);

    /// <summary>The public URLs of an asset's variants by name (e.g. <c>thumb</c>, <c>article</c>, <c>wechat-cover</c>,
    /// with <c>.webp</c> siblings), or null when there is no such asset.</summary>
    Task<IReadOnlyDictionary<string, string>?> VariantUrlsAsync(Guid mediaId, CancellationToken cancellationToken);

    /// <summary>The variant URLs of several assets at once (a page of article cards), by asset id; assets that do not
    /// exist are left out. The library answers it with one query; this default asks for each asset in turn.</summary>
    async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<string, string>>> VariantUrlsAsync(IReadOnlyCollection<Guid> mediaIds,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mediaIds);
        var urls = new Dictionary<Guid, IReadOnlyDictionary<string, string>>(mediaIds.Count);
        foreach (var id in mediaIds.Distinct())
        {
            if (await VariantUrlsAsync(id, cancellationToken) is { } variants) urls[id] = variants;
        }
        return urls;
    }

    /// <summary>A file by the site-relative URL the library returned (as found in article bodies), or null when the
    /// URL is not one of ours.</summary>
    Task<MediaFile?> OpenByUrlAsync(string url, CancellationToken cancellationToken);
}
