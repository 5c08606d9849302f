using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>The steps a delivery job takes, in order, for tests that need a draft or a publish to start from.</summary>
public static class Publishing
{
    public static async Task<WeChatDraft> AddDraftAsync(IWeChatClient client, WeChatAccount account, string title = "全县春耕生产有序推进",
        string content = "<p>全县春耕生产有序推进。</p>")
    {
        var cover = await client.AddImageMaterialAsync(account, new WeChatImageFile("cover.jpg", TestImages.Jpeg(4096)),
            WeChatMaterialType.Image, CancellationToken.None);
        return await client.AddDraftAsync(account, [Article(title, content, cover.MediaId)], CancellationToken.None);
    }

    public static WeChatDraftArticle Article(string title, string content, string thumbMediaId) =>
        new(title, content, thumbMediaId, Author: "县融媒体中心", Digest: "春耕", ContentSourceUrl: "https://news.example.gov.cn/a/1");

    /// <summary>Polls freepublish/get until the job has ended (the sandbox ends it on the second poll).</summary>
    public static async Task<WeChatPublishStatus> WaitAsync(IWeChatClient client, WeChatAccount account, string publishId)
    {
        for (var poll = 0; poll < 10; poll++)
        {
            var status = await client.GetPublishStatusAsync(account, publishId, CancellationToken.None);
            if (status.IsFinished)
            {
                return status;
            }
        }

        throw new InvalidOperationException($"Publish {publishId} did not finish after 10 polls.");
    }
}
