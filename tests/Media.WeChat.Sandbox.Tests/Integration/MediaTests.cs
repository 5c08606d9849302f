using System.Text.Json;
using Media.WeChat.Sandbox.Tests.Infrastructure;

namespace Media.WeChat.Sandbox.Tests.Integration;

public sealed class MediaTests
{
    [Fact]
    public async Task UploadImg_ReturnsEscapedMmbizUrl_WhenJpegUnderOneMegabyte()
    {
        await using var h = await SandboxHarness.StartAsync();
        using var form = new MultipartFormDataContent { { new ByteArrayContent(TestImages.Jpeg(1024 * 1024)), "media", "body.jpg" } };

        using var response = await h.Http.PostAsync($"cgi-bin/media/uploadimg?access_token={await h.GetTokenAsync()}", form);
        var raw = await response.Content.ReadAsStringAsync();
        var url = JsonDocument.Parse(raw).RootElement.GetProperty("url").GetString();

        Assert.Equal("application/json; encoding=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains(@"http:\/\/mmbiz.qpic.cn\/mmbiz_jpg\/", raw);
        Assert.Matches(@"^http://mmbiz\.qpic\.cn/mmbiz_jpg/[A-Za-z0-9_-]{43}/0\?wx_fmt=jpeg$", url);
        Assert.Single(h.Sandbox.State.Media.Images);
    }

    [Fact]
    public async Task UploadImg_ServesImageBack_WhenUrlBaseIsTheSandbox()
    {
        await using var h = await SandboxHarness.StartAsync(o => o.ImageUrlBase = null);
        var png = TestImages.Png(64);

        var reply = await h.UploadAsync($"cgi-bin/media/uploadimg?access_token={await h.GetTokenAsync()}", png, "a.png");
        var url = reply.GetProperty("url").GetString()!;
        var served = await h.Http.GetByteArrayAsync(url);

        Assert.StartsWith(h.Sandbox.BaseUrl.ToString().TrimEnd('/') + "/mmbiz_png/", url);
        Assert.Equal(png, served);
    }

    [Fact]
    public async Task UploadImg_Returns40005_WhenGif()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.UploadAsync($"cgi-bin/media/uploadimg?access_token={await h.GetTokenAsync()}", TestImages.Gif(64), "a.jpg");

        Assert.Equal(40005, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task UploadImg_Returns40009_WhenOverOneMegabyte()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.UploadAsync($"cgi-bin/media/uploadimg?access_token={await h.GetTokenAsync()}",
            TestImages.Jpeg((1024 * 1024) + 1), "big.jpg");

        Assert.Equal(40009, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task UploadImg_Returns41005_WhenMediaPartMissing()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.UploadAsync($"cgi-bin/media/uploadimg?access_token={await h.GetTokenAsync()}",
            TestImages.Jpeg(64), "a.jpg", partName: "file");

        Assert.Equal(41005, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task AddMaterial_ReturnsMediaIdAndUrl_WhenImageWithDescription()
    {
        await using var h = await SandboxHarness.StartAsync();
        using var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestImages.Png(4096)), "media", "cover.png" },
            { new StringContent("""{"title":"封面","introduction":"县城"}"""), "description" },
        };

        using var response = await h.Http.PostAsync($"cgi-bin/material/add_material?type=image&access_token={await h.GetTokenAsync()}", form);
        var reply = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var material = Assert.Single(h.Sandbox.State.Media.Materials);

        Assert.Matches("^[A-Za-z0-9_-]{64}$", reply.GetProperty("media_id").GetString());
        Assert.Contains("mmbiz_png", reply.GetProperty("url").GetString());
        Assert.Equal("""{"title":"封面","introduction":"县城"}""", material.Description);
    }

    [Fact]
    public async Task AddMaterial_Returns40012_WhenThumbOver64Kilobytes()
    {
        await using var h = await SandboxHarness.StartAsync();

        var reply = await h.UploadAsync($"cgi-bin/material/add_material?type=thumb&access_token={await h.GetTokenAsync()}",
            TestImages.Jpeg((64 * 1024) + 1), "thumb.jpg");

        Assert.Equal(40012, reply.GetProperty("errcode").GetInt32());
    }

    [Fact]
    public async Task DelMaterial_RemovesMaterialFromCount_WhenMediaIdKnown()
    {
        await using var h = await SandboxHarness.StartAsync();
        var mediaId = await h.AddCoverAsync();

        var before = await h.GetJsonAsync($"cgi-bin/material/get_materialcount?access_token={await h.GetTokenAsync()}");
        var deleted = await h.CallAsync("material/del_material", $$"""{"media_id":"{{mediaId}}"}""");
        var again = await h.CallAsync("material/del_material", $$"""{"media_id":"{{mediaId}}"}""");
        var after = await h.GetJsonAsync($"cgi-bin/material/get_materialcount?access_token={await h.GetTokenAsync()}");

        Assert.Equal(1, before.GetProperty("image_count").GetInt32());
        Assert.Equal(0, deleted.GetProperty("errcode").GetInt32());
        Assert.Equal(40007, again.GetProperty("errcode").GetInt32());
        Assert.Equal(0, after.GetProperty("image_count").GetInt32());
    }
}
