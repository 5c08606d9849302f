using Media.Abstractions.Content;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Delivery;

/// <summary>
/// Step (b): every body image not yet uploaded goes through media/uploadimg, and its WeChat URL is saved as
/// <c>img:&lt;src&gt;</c> at once. Images that are not in our media library are refused before anything is sent:
/// WeChat would silently filter them out (docs/wechat.md §11), and a picture missing from a news piece can change what it
/// says, so the editor decides (upload it to the library, or remove it).
/// </summary>
internal sealed class WeChatBodyImages(IWeChatClient client, IMediaFiles media)
{
    public async Task<IReadOnlyDictionary<string, string>> UploadAsync(WeChatDeliveryRun run, IReadOnlyList<string> pending,
        CancellationToken cancellationToken)
    {
        var files = await OpenAllAsync(run, pending, cancellationToken);
        try
        {
            foreach (var (src, file) in files)
            {
                var image = await WeChatMediaReader.ReadAsync(file, "正文图片", cancellationToken);
                var uploaded = await client.UploadContentImageAsync(run.Account, image, cancellationToken);
                await run.SaveAsync(WeChatProgressKeys.Image(src), uploaded.Url, cancellationToken);
            }
        }
        finally
        {
            // ReadAsync disposes each file it read; a failure part-way leaves the rest to close here.
            foreach (var (_, file) in files)
            {
                await file.DisposeAsync();
            }
        }

        return run.UploadedImages();
    }

    private async Task<List<(string Src, MediaFile File)>> OpenAllAsync(WeChatDeliveryRun run, IReadOnlyList<string> pending,
        CancellationToken cancellationToken)
    {
        var files = new List<(string, MediaFile)>(pending.Count);
        var foreign = new List<string>();
        foreach (var src in pending)
        {
            var file = await OpenAsync(src, run.Context.PublicBaseUrl, cancellationToken);
            if (file is null) foreign.Add(src);
            else files.Add((src, file));
        }

        if (foreign.Count == 0)
        {
            return files;
        }

        foreach (var (_, file) in files)
        {
            await file.DisposeAsync();
        }

        throw new WeChatDeliveryRefusedException(
            $"正文中有 {foreign.Count} 张图片不在本站媒体库中（{Shorten(foreign)}），微信公众号不显示外部图片。" +
            "请先把图片上传到媒体库并在正文中替换，或删除这些图片，然后重新发布。");
    }

    /// <summary>The <c>article</c> JPEG of a library image; the file the body names when the library has no such sibling.</summary>
    private async Task<MediaFile?> OpenAsync(string src, string publicBaseUrl, CancellationToken cancellationToken)
    {
        var url = WeChatMediaReader.LibraryUrl(src, publicBaseUrl);
        return await media.OpenByUrlAsync(url, cancellationToken)
            ?? (url == src ? null : await media.OpenByUrlAsync(src, cancellationToken));
    }

    private static string Shorten(List<string> sources) =>
        string.Join("、", sources.Take(3).Select(s => s.Length > 80 ? s[..80] + "…" : s)) + (sources.Count > 3 ? " 等" : "");
}
