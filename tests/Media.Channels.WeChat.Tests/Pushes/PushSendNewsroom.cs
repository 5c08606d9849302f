using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;
using Media.WeChat.Sandbox;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.PixelFormats;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary>What a push send test does over the API: a 公众号 on the sandbox, articles with covers through 三审, a push
/// composed by an editor and signed off by a leader, and waiting for a push's status.</summary>
internal sealed class PushSendNewsroom(MediaAppFactory app, PushSandboxFixture sandbox)
{
    public Newsroom Newsroom { get; } = new(app);

    public async Task<Guid> ChannelAsync(SandboxAccountOptions account, bool massProtection = false)
    {
        var channel = await (await Newsroom.AdminAsync()).PostJsonAsync("/api/channels", new
        {
            type = "wechat", name = account.Name,
            settings = new
            {
                appId = account.AppId, appSecret = account.Secret, apiBaseUrl = sandbox.Sandbox.BaseUrl.ToString(),
                accountType = account.AccountType, massProtection,
            },
        }, 201);
        return channel.GetProperty("id").GetGuid();
    }

    /// <summary>Signed-off articles with covers (WeChat requires one); the first has a library photo in its body.</summary>
    public async Task<Guid[]> ArticlesAsync(params string[] titles)
    {
        var column = await Newsroom.ColumnAsync();
        var (reporter, _) = await Newsroom.UserAsync(MediaRoles.Reporter);
        var ids = new List<Guid>();
        foreach (var title in titles)
        {
            var (coverId, _) = await UploadPhotoAsync(reporter);
            var body = ids.Count == 0
                ? $"## 现场\n\n县里今年新建三座冷链仓库。\n\n![仓库]({(await UploadPhotoAsync(reporter)).Url})\n\n**总库容**达到 1.2 万吨。"
                : "县里今天召开会议，部署今冬明春的重点工作。";
            var article = await reporter.PostJsonAsync("/api/articles", new
            {
                columnId = column, title, author = "记者 王小明", summary = "县里的新消息。", body, coverMediaId = coverId,
            }, 201);
            var (signed, _) = await SignOffPath.SignOffAsync(Newsroom, reporter, article);
            ids.Add(signed.GetProperty("id").GetGuid());
        }

        return ids.ToArray();
    }

    /// <summary>Composed by an editor, signed off by a leader; returns the push and that leader.</summary>
    public async Task<(JsonElement Push, MediaClient Leader)> SignedOffPushAsync(Guid channel, string mode, Guid[] articleIds, object? target = null)
    {
        var (editor, _) = await Newsroom.UserAsync(MediaRoles.Editor);
        var (leader, _) = await Newsroom.UserAsync(MediaRoles.Leader);
        var push = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode, articleIds, target }, 201);
        var signed = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/signoff",
            new { contentHash = push.GetProperty("contentHash").GetString() }, 200);
        return (signed, leader);
    }

    public static async Task<JsonElement> UntilStatusAsync(MediaClient client, Guid pushId, params string[] statuses)
    {
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(60);
        JsonElement push;
        do
        {
            push = await client.GetJsonAsync($"/api/wechat/pushes/{pushId}");
            if (statuses.Contains(push.GetProperty("status").GetString())) return push;
            await Task.Delay(100);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);
        throw new Xunit.Sdk.XunitException($"The push did not reach {string.Join(" or ", statuses)}: {push}");
    }

    public static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();

    public static async Task<(Guid Id, string Url)> UploadPhotoAsync(MediaClient author)
    {
        using var form = new MultipartFormDataContent();
        var photo = new ByteArrayContent(Photo());
        photo.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        form.Add(photo, "file", "photo.jpg");
        var uploaded = await MediaClient.ExpectAsync(await author.Http.PostAsync("/api/media", form), 201);
        return (uploaded.GetProperty("id").GetGuid(), uploaded.GetProperty("url").GetString()!);
    }

    /// <summary>A real 1200×800 JPEG, different each time (the library would answer identical bytes with the same asset):
    /// a gradient with two strips of 16 blocks coloured from a fresh GUID, one at the top and one across the middle, so
    /// the centred crops (wechat-cover) differ too.</summary>
    private static byte[] Photo()
    {
        var stamp = Guid.NewGuid().ToByteArray();
        using var image = new Image<Rgb24>(1200, 800);
        image.ProcessPixelRows(rows =>
        {
            for (var y = 0; y < rows.Height; y++)
            {
                var row = rows.GetRowSpan(y);
                for (var x = 0; x < row.Length; x++)
                {
                    row[x] = (y < 32 || y is >= 384 and < 416) && x < 16 * 32
                        ? new Rgb24(stamp[x / 32], stamp[15 - (x / 32)], 128)
                        : new Rgb24((byte)(x * 255 / 1200), (byte)(y * 255 / 800), 96);
                }
            }
        });
        using var stream = new MemoryStream();
        image.SaveAsJpeg(stream);
        return stream.ToArray();
    }
}
