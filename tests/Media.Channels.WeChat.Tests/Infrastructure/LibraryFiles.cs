using System.Collections.Concurrent;
using System.Security.Cryptography;
using Media.Abstractions.Content;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>
/// The media library's <see cref="IMediaFiles"/> contract over files in a temporary folder, laid out as the library
/// serves them (<c>/media/&lt;sha256&gt;/&lt;variant&gt;.jpg|webp</c>), until the library's own implementation exists.
/// It records every URL asked for, so tests can see which variant the sender took.
/// </summary>
public sealed class LibraryFiles : IMediaFiles, IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "media-wechat-tests", Guid.NewGuid().ToString("N"));
    private readonly ConcurrentDictionary<Guid, string> _shaById = new();
    private readonly ConcurrentQueue<string> _requested = new();

    public IReadOnlyList<string> RequestedUrls => _requested.ToList();

    /// <summary>Adds an image with its article JPEG, its WebP sibling and its wechat-cover JPEG; answers its id and body URL.</summary>
    public (Guid MediaId, string WebpUrl, string JpegUrl) Add(byte[] articleJpeg, byte[]? coverJpeg = null)
    {
        var id = Guid.NewGuid();
        var sha = Convert.ToHexStringLower(SHA256.HashData(id.ToByteArray()));
        var folder = Directory.CreateDirectory(Path.Combine(_root, sha)).FullName;
        File.WriteAllBytes(Path.Combine(folder, "article.jpg"), articleJpeg);
        File.WriteAllBytes(Path.Combine(folder, "article.webp"), TestImages.Webp(articleJpeg.Length / 2));
        File.WriteAllBytes(Path.Combine(folder, "wechat-cover-50x50.jpg"), coverJpeg ?? TestImages.Jpeg(30_000));
        _shaById[id] = sha;
        return (id, $"/media/{sha}/article.webp", $"/media/{sha}/article.jpg");
    }

    public Task<MediaFile?> OpenVariantAsync(Guid mediaId, string variant, CancellationToken cancellationToken)
    {
        var file = variant == "wechat-cover" ? "wechat-cover-50x50.jpg" : variant + ".jpg";
        return Task.FromResult(_shaById.TryGetValue(mediaId, out var sha) ? Open(sha, file) : null);
    }

    public Task<IReadOnlyDictionary<string, string>?> VariantUrlsAsync(Guid mediaId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string>?>(_shaById.TryGetValue(mediaId, out var sha)
            ? new Dictionary<string, string> { ["article"] = $"/media/{sha}/article.jpg", ["wechat-cover"] = $"/media/{sha}/wechat-cover-50x50.jpg" }
            : null);

    public Task<MediaFile?> OpenByUrlAsync(string url, CancellationToken cancellationToken)
    {
        _requested.Enqueue(url);
        var parts = url.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return Task.FromResult(parts is ["media", var sha, var file] && _shaById.Values.Contains(sha) ? Open(sha, file) : null);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private MediaFile? Open(string sha, string file)
    {
        var path = Path.Combine(_root, sha, file);
        if (!File.Exists(path))
        {
            return null;
        }

        var stream = File.OpenRead(path);
        var type = file.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg";
        return new MediaFile(stream, type, file, stream.Length);
    }
}
