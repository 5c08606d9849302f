using System.Text.Json;
using Media.Abstractions.Security;
using Media.Testing;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary><c>/api/wechat/pushes</c>: compose from signed-off articles, read, sign off, and the voiding of a sign-off
/// by a later change to a listed article (docs/wechat.md §15.2–15.3).</summary>
public abstract class PushesApiTests(MediaAppFactory app)
{
    private readonly PushNewsroom newsroom = new(app);

    [Fact]
    public async Task Create_Returns201_WithArticlesInOrderAndContentHash_WhenAllSignedOff()
    {
        var (channel, ids) = await ChannelWithArticlesAsync(3);
        var (editor, editorId) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);

        var push = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = ids }, 201);
        var read = await editor.GetJsonAsync($"/api/wechat/pushes/{Id(push)}");
        var list = await editor.GetJsonAsync($"/api/wechat/pushes?channelId={channel}");

        Assert.Equal("draft", push.GetProperty("status").GetString());
        Assert.Equal(ids, push.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("articleId").GetGuid()));
        Assert.True(push.GetProperty("target").GetProperty("toAll").GetBoolean());
        Assert.Matches("^[0-9a-f]{64}$", push.GetProperty("contentHash").GetString());
        Assert.Equal(editorId, push.GetProperty("createdBy").GetGuid());
        Assert.Equal(push.GetProperty("contentHash").GetString(), read.GetProperty("contentHash").GetString());
        Assert.Equal([Id(push)], list.GetProperty("items").EnumerateArray().Select(Id));
        Assert.Equal(["wechat-push.created"], await newsroom.AuditActionsAsync(Id(push)));
    }

    [Fact]
    public async Task Create_GivesAnotherHash_WhenOrderOrTargetDiffers()
    {
        var (channel, ids) = await ChannelWithArticlesAsync(2);
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);

        var first = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = ids }, 201);
        var reordered = await editor.PostJsonAsync("/api/wechat/pushes",
            new { channelId = channel, mode = "massSend", articleIds = ids.AsEnumerable().Reverse().ToArray() }, 201);
        var tagged = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = ids, target = new { tagId = 7 } }, 201);

        var hashes = new[] { first, reordered, tagged }.Select(p => p.GetProperty("contentHash").GetString()).ToList();
        Assert.Equal(3, hashes.Distinct().Count());
        Assert.Equal(7, tagged.GetProperty("target").GetProperty("tagId").GetInt64());
        Assert.False(tagged.GetProperty("target").TryGetProperty("toAll", out _));
        Assert.False(first.GetProperty("target").TryGetProperty("tagId", out _));
    }

    [Fact]
    public async Task Create_Returns422_WhenAnArticleIsNotSignedOff()
    {
        var (channel, ids) = await ChannelWithArticlesAsync(1);
        var (reporter, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Reporter);
        var draft = await Newsroom.ArticleAsync(reporter, await newsroom.Newsroom.ColumnAsync(), "还在写的稿件");
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);

        var problem = await editor.PostJsonAsync("/api/wechat/pushes",
            new { channelId = channel, mode = "publish", articleIds = new[] { ids[0], Id(draft) } }, 422);

        Assert.EndsWith("/unprocessable", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("articleIds", out _));
    }

    [Fact]
    public async Task Create_Returns400_WhenNoneOrMoreThanEightArticlesOrPublishWithTarget()
    {
        var (channel, ids) = await ChannelWithArticlesAsync(1);
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);

        var none = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "publish", articleIds = Array.Empty<Guid>() }, 400);
        var nine = await editor.PostJsonAsync("/api/wechat/pushes",
            new { channelId = channel, mode = "publish", articleIds = Enumerable.Range(0, 9).Select(_ => Guid.NewGuid()).ToArray() }, 400);
        var targeted = await editor.PostJsonAsync("/api/wechat/pushes",
            new { channelId = channel, mode = "publish", articleIds = ids, target = new { toAll = true } }, 400);

        Assert.True(none.GetProperty("errors").TryGetProperty("articleIds", out _));
        Assert.True(nine.GetProperty("errors").TryGetProperty("articleIds", out _));
        Assert.True(targeted.GetProperty("errors").TryGetProperty("target", out _));
    }

    [Fact]
    public async Task Create_Returns403_ForReporter()
    {
        var (channel, ids) = await ChannelWithArticlesAsync(1);
        var (reporter, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Reporter);

        await reporter.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "publish", articleIds = ids }, 403);
    }

    [Fact]
    public async Task SignOff_Returns200_ByAnotherLeader_AndRefusesCreatorStaleHashAndEditors()
    {
        var (channel, ids) = await ChannelWithArticlesAsync(2);
        var (composer, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Leader);
        var (leader, leaderId) = await newsroom.Newsroom.UserAsync(MediaRoles.Leader);
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var push = await composer.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "publish", articleIds = ids }, 201);
        var url = $"/api/wechat/pushes/{Id(push)}/signoff";
        var hash = push.GetProperty("contentHash").GetString();

        var own = await composer.PostJsonAsync(url, new { contentHash = hash }, 403);
        await editor.PostJsonAsync(url, new { contentHash = hash }, 403);
        var stale = await leader.PostJsonAsync(url, new { contentHash = new string('0', 64) }, 409);
        var signed = await leader.PostJsonAsync(url, new { contentHash = hash }, 200);
        await leader.PostJsonAsync(url, new { contentHash = hash }, 409);

        Assert.EndsWith("/forbidden", own.GetProperty("type").GetString());
        Assert.EndsWith("/conflict", stale.GetProperty("type").GetString());
        Assert.Equal("signed_off", signed.GetProperty("status").GetString());
        Assert.Equal(leaderId, signed.GetProperty("signedOffBy").GetGuid());
        Assert.Equal(["wechat-push.created", "wechat-push.signed-off"], await newsroom.AuditActionsAsync(Id(push)));
    }

    [Fact]
    public async Task SignOff_IsVoided_WhenAListedArticleChangesAfterwards()
    {
        var column = await newsroom.Newsroom.ColumnAsync();
        var channel = await newsroom.ChannelAsync();
        var (kept, _) = await newsroom.SignedOffArticleAsync(column, "保留的稿件");
        var (changed, reporter) = await newsroom.SignedOffArticleAsync(column, "会被改动的稿件");
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        var (leader, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Leader);
        var push = await editor.PostJsonAsync("/api/wechat/pushes", new { channelId = channel, mode = "massSend", articleIds = new[] { Id(kept), Id(changed) } }, 201);
        var hash = push.GetProperty("contentHash").GetString();
        await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/signoff", new { contentHash = hash }, 200);

        await reporter.PostJsonAsync($"/api/articles/{Id(changed)}/reopen", new { comment = "补充数据" }, 200);
        var version = changed.GetProperty("version").GetInt32();
        await MediaClient.ExpectAsync(await reporter.PutAsync($"/api/articles/{Id(changed)}",
            new { columnId = column, title = "会被改动的稿件（改）", body = "改过的正文。" }, $"\"{version}\""), 200);
        var voided = await editor.GetJsonAsync($"/api/wechat/pushes/{Id(push)}");
        var again = await leader.PostJsonAsync($"/api/wechat/pushes/{Id(push)}/signoff", new { contentHash = hash }, 409);

        Assert.Equal("draft", voided.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, voided.GetProperty("signedOffBy").ValueKind);
        Assert.Contains("会被改动的稿件", again.GetProperty("detail").GetString());
        Assert.Equal(["wechat-push.created", "wechat-push.signed-off", "wechat-push.signoff-voided"], await newsroom.AuditActionsAsync(Id(push)));
    }

    [Fact]
    public async Task Get_Returns404_ForUnknownPush_And401_WithoutToken()
    {
        var (editor, _) = await newsroom.Newsroom.UserAsync(MediaRoles.Editor);
        using var anonymous = app.CreateClient();

        await editor.GetJsonAsync($"/api/wechat/pushes/{Guid.NewGuid()}", 404);
        Assert.Equal(401, (int)(await anonymous.GetAsync("/api/wechat/pushes")).StatusCode);
    }

    private async Task<(Guid Channel, Guid[] Articles)> ChannelWithArticlesAsync(int count)
    {
        var column = await newsroom.Newsroom.ColumnAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++) ids.Add(Id((await newsroom.SignedOffArticleAsync(column, $"推送稿件 {i + 1}")).Article));
        return (await newsroom.ChannelAsync(), ids.ToArray());
    }

    private static Guid Id(JsonElement element) => element.GetProperty("id").GetGuid();
}

public sealed class PushesApiTestsOnSqlite(SqliteMediaApp app) : PushesApiTests(app), IClassFixture<SqliteMediaApp>;

public sealed class PushesApiTestsOnPostgreSql(PostgresMediaApp app) : PushesApiTests(app), IClassFixture<PostgresMediaApp>;
