using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;
using static Media.Channels.WeChat.Tests.Pushes.PushSendNewsroom;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary><c>PUT /api/wechat/pushes/{id}</c> over real HTTP (docs/wechat.md §15.2): a draft push's articles, order and
/// covers change with a new content hash and an audit entry; the cover chosen is the one WeChat's draft gets when the push
/// is sent to the sandbox.</summary>
public abstract class PushEditTests(MediaAppFactory app, PushSandboxFixture sandbox)
{
    private readonly PushSendNewsroom newsroom = new(app, sandbox);

    [Fact]
    public async Task Edit_ChangesTheSetAndOrder_WithANewHashAndAnAuditEntry()
    {
        var channel = await newsroom.ChannelAsync(sandbox.NextAccount());
        var ids = await newsroom.ArticlesAsync("编辑推送：甲", "编辑推送：乙", "编辑推送：丙");
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var push = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = new[] { ids[0], ids[1] } }, 201);

        var changed = await PutAsync(editor, Id(push), new { articleIds = new[] { ids[2], ids[0] } }, 200);
        var reordered = await PutAsync(editor, Id(push), new { articleIds = new[] { ids[0], ids[2] } }, 200);
        var read = await editor.GetJsonAsync($"/api/wechat/pushes/{Id(push)}");
        var shrunk = await PutAsync(editor, Id(push), new { articleIds = new[] { ids[1] } }, 200);
        var grown = await PutAsync(editor, Id(push), new { articleIds = new[] { ids[1], ids[2], ids[0] } }, 200);

        Assert.Equal([ids[2], ids[0]], ArticleIds(changed));
        Assert.Equal(["编辑推送：丙", "编辑推送：甲"], changed.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("title").GetString()));
        Assert.Equal([ids[0], ids[2]], ArticleIds(read));
        Assert.Equal("draft", read.GetProperty("status").GetString());
        var hashes = new[] { push, changed, reordered }.Select(p => p.GetProperty("contentHash").GetString()).ToList();
        Assert.Equal(3, hashes.Distinct().Count());
        Assert.Equal(reordered.GetProperty("contentHash").GetString(), read.GetProperty("contentHash").GetString());
        Assert.Equal([ids[1]], ArticleIds(shrunk));
        Assert.Equal([ids[1], ids[2], ids[0]], ArticleIds(await editor.GetJsonAsync($"/api/wechat/pushes/{Id(push)}")));
        Assert.Equal(grown.GetProperty("contentHash").GetString(), (await editor.GetJsonAsync($"/api/wechat/pushes/{Id(push)}")).GetProperty("contentHash").GetString());
        Assert.Equal(["wechat-push.created", "wechat-push.edited", "wechat-push.reordered", "wechat-push.edited", "wechat-push.edited"],
            await new PushNewsroom(app).AuditActionsAsync(Id(push)));
    }

    [Fact]
    public async Task Edit_Refuses_BadIdsWith422_BadShapeWith400_ASignedOffPushWith409_AndWhoMayNotCompose()
    {
        var channel = await newsroom.ChannelAsync(sandbox.NextAccount());
        var ids = await newsroom.ArticlesAsync("拒绝编辑：甲", "拒绝编辑：乙");
        var (reporter, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Reporter);
        var unsigned = Id(await Newsroom.ArticleAsync(reporter, await newsroom.Newsroom.ColumnAsync(), "还在写的稿件"));
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var push = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = ids }, 201);
        var foreignPhoto = (await UploadPhotoAsync(reporter)).Id;

        var unknown = await PutAsync(editor, Id(push), new { articleIds = new[] { ids[0], Guid.NewGuid() } }, 422);
        var notSigned = await PutAsync(editor, Id(push), new { articleIds = new[] { ids[0], unsigned } }, 422);
        var badCover = await PutAsync(editor, Id(push), new { articleIds = ids, covers = new Dictionary<Guid, Guid> { [ids[1]] = foreignPhoto } }, 422);
        var strayCover = await PutAsync(editor, Id(push), new { articleIds = new[] { ids[0] }, covers = new Dictionary<Guid, Guid> { [ids[1]] = foreignPhoto } }, 422);
        await PutAsync(editor, Id(push), new { articleIds = new[] { ids[0], ids[0] } }, 400);
        await PutAsync(editor, Id(push), new { articleIds = Array.Empty<Guid>() }, 400);
        await PutAsync(reporter, Id(push), new { articleIds = ids }, 403);
        await PutAsync(editor, Guid.NewGuid(), new { articleIds = ids }, 404);
        var unchanged = await editor.GetJsonAsync($"/api/wechat/pushes/{Id(push)}");
        var (leader, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Leader);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/signoff", new { contentHash = push.GetProperty("contentHash").GetString() }, 200);
        var signedOff = await PutAsync(editor, Id(push), new { articleIds = ids.AsEnumerable().Reverse().ToArray() }, 409);

        Assert.True(unknown.GetProperty("errors").TryGetProperty("articleIds", out _));
        Assert.Contains("approved or published", notSigned.GetProperty("errors").GetProperty("articleIds")[0].GetString());
        Assert.True(badCover.GetProperty("errors").TryGetProperty($"covers.{ids[1]}", out _));
        Assert.True(strayCover.GetProperty("errors").TryGetProperty($"covers.{ids[1]}", out _));
        Assert.Equal(push.GetProperty("contentHash").GetString(), unchanged.GetProperty("contentHash").GetString());
        Assert.EndsWith("/conflict", signedOff.GetProperty("type").GetString());
    }

    [Fact]
    public async Task ChosenCover_ChangesTheHash_AndIsTheDraftsThumb_WhenSent()
    {
        var account = sandbox.NextAccount();
        var channel = await newsroom.ChannelAsync(account);
        var (reporter, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Reporter);
        var cover = await UploadPhotoAsync(reporter);
        var inBody = await UploadPhotoAsync(reporter);
        var article = await reporter.PostJsonAsync("/api/articles", new
        {
            columnId = await newsroom.Newsroom.ColumnAsync(), title = "换封面：县里的新图书馆开馆", author = "记者 王小明", summary = "新图书馆。",
            body = $"县图书馆新馆今天开馆。\n\n![新馆]({inBody.Url})\n\n馆藏 30 万册。", coverMediaId = cover.Id,
        }, 201);
        var (signed, _) = await SignOffPath.SignOffAsync(newsroom.Newsroom, reporter, article);
        var other = (await newsroom.ArticlesAsync("换封面：次条"))[0];
        var articleId = Id(signed);
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var push = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = new[] { articleId, other } }, 201);

        var own = await PutAsync(editor, Id(push), new { articleIds = new[] { articleId, other }, covers = new Dictionary<Guid, Guid> { [articleId] = cover.Id } }, 200);
        var chosen = await PutAsync(editor, Id(push), new { articleIds = new[] { articleId, other }, covers = new Dictionary<Guid, Guid> { [articleId] = inBody.Id } }, 200);
        var (leader, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Leader);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/signoff", new { contentHash = chosen.GetProperty("contentHash").GetString() }, 200);
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/send", new { }, 202);
        var sent = await UntilStatusAsync(leader, Id(push), "sent", "failed");

        Assert.Equal(push.GetProperty("contentHash").GetString(), own.GetProperty("contentHash").GetString()); // its own cover is the default
        Assert.Equal(JsonValueKind.Null, own.GetProperty("articles")[0].GetProperty("coverMediaId").ValueKind);
        Assert.NotEqual(push.GetProperty("contentHash").GetString(), chosen.GetProperty("contentHash").GetString());
        Assert.Equal(inBody.Id, chosen.GetProperty("articles")[0].GetProperty("coverMediaId").GetGuid());
        Assert.Equal("sent", sent.GetProperty("status").GetString());
        var send = Assert.Single(sandbox.Sandbox.State.MassSends.All, s => s.AppId == account.AppId);
        var thumb = sandbox.Sandbox.State.Media.FindMaterial(account.AppId, send.Articles[0].ThumbMediaId!);
        Assert.NotNull(thumb);
        Assert.Equal(await VariantBytesAsync(reporter, inBody.Id), thumb.Bytes); // the chosen photo's WeChat cover crop
        Assert.NotEqual(await VariantBytesAsync(reporter, cover.Id), thumb.Bytes);
    }

    private static async Task<byte[]> VariantBytesAsync(MediaClient client, Guid mediaId)
    {
        var item = await client.GetJsonAsync($"/api/media/{mediaId}");
        return await client.Http.GetByteArrayAsync(item.GetProperty("variants").GetProperty("wechat-cover").GetString());
    }

    private static async Task<JsonElement> PutAsync(MediaClient client, Guid pushId, object body, int status) =>
        await MediaClient.ExpectAsync(await client.PutAsync($"/api/wechat/pushes/{pushId}", body, null), status);

    private static Guid[] ArticleIds(JsonElement push) =>
        push.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("articleId").GetGuid()).ToArray();
}

public sealed class PushEditTestsOnSqlite(PushSendSqliteApp app, PushSandboxFixture sandbox)
    : PushEditTests(app, sandbox), IClassFixture<PushSendSqliteApp>, IClassFixture<PushSandboxFixture>;

public sealed class PushEditTestsOnPostgreSql(PushSendPostgresApp app, PushSandboxFixture sandbox)
    : PushEditTests(app, sandbox), IClassFixture<PushSendPostgresApp>, IClassFixture<PushSandboxFixture>;
