using System.Text.Json.Nodes;
using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

public sealed class DraftTests
{
    [Fact]
    public async Task DraftGet_ReturnsRawChineseArticle_WhenDraftAdded()
    {
        await using var h = await SandboxHarness.StartAsync();
        var mediaId = await h.AddDraftAsync("县委召开春耕工作会议");

        var reply = await h.CallAsync("draft/get", $$"""{"media_id":"{{mediaId}}"}""");
        var item = Assert.Single(reply.GetProperty("news_item").EnumerateArray());
        var call = Assert.Single(h.Sandbox.State.Calls.For("draft/add"));

        Assert.Equal("县委召开春耕工作会议", item.GetProperty("title").GetString());
        Assert.Equal("全县春耕生产有序推进。", item.GetProperty("digest").GetString());
        Assert.StartsWith("https://mp.weixin.qq.com/s?__biz=", item.GetProperty("url").GetString());
        Assert.False(call.ContainsUnicodeEscapes);
        Assert.Contains("县委召开春耕工作会议", call.Body);
    }

    [Theory]
    [InlineData("title", 33, 45003)]
    [InlineData("author", 17, 45110)]
    [InlineData("digest", 129, 45004)]
    [InlineData("content", 20_000, 45002)]
    [InlineData("content_source_url", 1025, 45005)]
    public async Task DraftAdd_ReturnsErrcode_WhenFieldOverLimit(string field, int length, int errcode)
    {
        await using var h = await SandboxHarness.StartAsync();
        var cover = await h.AddCoverAsync();
        var value = field == "content_source_url" ? "https://a.cn/" + new string('a', length - 13) : new string('字', length);

        var reply = await h.CallAsync("draft/add", Drafts.Body(Drafts.Article("标题", cover, a => a[field] = value)));

        Assert.Equal(errcode, reply.GetProperty("errcode").GetInt32());
        Assert.Empty(h.Sandbox.State.Drafts.All);
    }

    [Fact]
    public async Task DraftAdd_AcceptsArticle_WhenFieldsExactlyAtLimits()
    {
        await using var h = await SandboxHarness.StartAsync();
        var cover = await h.AddCoverAsync();

        var reply = await h.CallAsync("draft/add", Drafts.Body(Drafts.Article(new string('题', 32), cover, a =>
        {
            a["author"] = new string('作', 16);
            a["digest"] = new string('摘', 128);
        })));

        Assert.True(reply.TryGetProperty("media_id", out _), reply.ToString());
    }

    [Theory]
    [InlineData("""{"articles":[]}""", 44003)]
    [InlineData("""{"articles":[{"title":"t","content":"<p>x</p>","thumb_media_id":"nope"}]}""", 40007)]
    [InlineData("""{"articles":[{"content":"<p>x</p>"}]}""", 47001)]
    [InlineData("""{"articles":[{"title":"t",""", 47001)]
    [InlineData("", 44002)]
    public async Task DraftAdd_ReturnsErrcode_WhenBodyInvalid(string body, int errcode)
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.CallAsync("draft/add", body);

        Assert.Equal(errcode, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task DraftAdd_Returns47001_WhenCommentFlagIsBoolean()
    {
        await using var h = await SandboxHarness.StartAsync();
        var cover = await h.AddCoverAsync();

        var reply = await h.CallAsync("draft/add", Drafts.Body(Drafts.Article("标题", cover, a => a["need_open_comment"] = true)));

        Assert.Equal(47001, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task DraftAdd_Returns45008_WhenMoreThanEightArticles()
    {
        await using var h = await SandboxHarness.StartAsync();
        var cover = await h.AddCoverAsync();

        var reply = await h.CallAsync("draft/add", Drafts.Body(Enumerable.Range(1, 9).Select(i => Drafts.Article($"第{i}篇", cover)).ToArray()));

        Assert.Equal(45008, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task DraftAdd_RecordsEscapes_WhenClientSendsUnicodeEscapes()
    {
        await using var h = await SandboxHarness.StartAsync();
        var cover = await h.AddCoverAsync();
        var escaped = Drafts.Article("标题", cover).ToJsonString();

        await h.CallAsync("draft/add", $$"""{"articles":[{{escaped}}]}""");

        Assert.Contains(@"\u6807", escaped);
        Assert.True(Assert.Single(h.Sandbox.State.Calls.For("draft/add")).ContainsUnicodeEscapes);
    }

    [Fact]
    public async Task DraftAdd_Returns40033_WhenEscapesRejected()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.RejectUnicodeEscapes = true);
        var cover = await h.AddCoverAsync();

        var reply = await h.CallAsync("draft/add", $$"""{"articles":[{{Drafts.Article("标题", cover).ToJsonString()}}]}""");

        Assert.Equal(40033, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task DraftGet_ReturnsSanitisedContent_WhenContentHasScriptAndExternalImage()
    {
        await using var h = await SandboxHarness.StartAsync();
        var cover = await h.AddCoverAsync();
        var html = """<p onclick="x()">文<script>alert(1)</script><img src="https://evil.example/a.png"><img src="http://mmbiz.qpic.cn/mmbiz_png/a/0"></p>""";
        var added = await h.CallAsync("draft/add", Drafts.Body(Drafts.Article("标题", cover, a => a["content"] = html)));

        var reply = await h.CallAsync("draft/get", $$"""{"media_id":"{{added.GetProperty("media_id").GetString()}}"}""");
        var content = reply.GetProperty("news_item")[0].GetProperty("content").GetString();

        Assert.Equal("""<p>文<img src=""><img src="http://mmbiz.qpic.cn/mmbiz_png/a/0"></p>""", content);
    }

    [Fact]
    public async Task DraftUpdate_ReplacesArticle_WhenIndexInRange()
    {
        await using var h = await SandboxHarness.StartAsync();
        var mediaId = await h.AddDraftAsync("一", "二");
        var cover = h.Sandbox.State.Materials().First().MediaId;
        var article = Drafts.Article("新二", cover).ToJsonString();

        var ok = await h.CallAsync("draft/update", $$"""{"media_id":"{{mediaId}}","index":1,"articles":{{article}}}""");
        var outOfRange = await h.CallAsync("draft/update", $$"""{"media_id":"{{mediaId}}","index":2,"articles":{{article}}}""");

        Assert.Equal(0, ok.GetProperty("errcode").GetInt32());
        Assert.Equal(40114, outOfRange.GetProperty("errcode").GetInt32());
        Assert.Equal(["一", "新二"], Assert.Single(h.Sandbox.State.Drafts.All).Articles.Select(a => a.Title));
    }

    [Fact]
    public async Task DraftBatchget_OmitsContentAndCounts_WhenNoContentIsOne()
    {
        await using var h = await SandboxHarness.StartAsync();
        await h.AddDraftAsync("甲");
        var second = await h.AddDraftAsync("乙");

        var page = await h.CallAsync("draft/batchget", """{"offset":0,"count":1,"no_content":1}""");
        var count = await h.GetJsonAsync($"cgi-bin/draft/count?access_token={await h.GetTokenAsync()}");
        var item = Assert.Single(page.GetProperty("item").EnumerateArray());

        Assert.Equal(2, page.GetProperty("total_count").GetInt32());
        Assert.Equal(second, item.GetProperty("media_id").GetString());
        Assert.False(item.GetProperty("content").GetProperty("news_item")[0].TryGetProperty("content", out _));
        Assert.Equal(2, count.GetProperty("total_count").GetInt32());
    }

    [Fact]
    public async Task DraftDelete_RemovesDraft_WhenMediaIdKnown()
    {
        await using var h = await SandboxHarness.StartAsync();
        var mediaId = await h.AddDraftAsync("删");

        var deleted = await h.CallAsync("draft/delete", $$"""{"media_id":"{{mediaId}}"}""");
        var get = await h.CallAsync("draft/get", $$"""{"media_id":"{{mediaId}}"}""");

        Assert.Equal(0, deleted.GetProperty("errcode").GetInt32());
        Assert.Equal(40007, get.GetProperty("errcode").GetInt32());
    }
}
