using Media.Channels.WeChat.Api;
using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox.Faults;

namespace Media.Channels.WeChat.Tests.Integration;

public sealed class ErrorClassificationTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    [Theory]
    [InlineData(45009)]
    [InlineData(45011)]
    [InlineData(53501)]
    public async Task SubmitPublish_ThrowsRateLimited_WhenQuotaOrFrequencyLimitHit(int errcode)
    {
        using var host = new ClientHost();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("freepublish/submit", errcode));

        var error = await Assert.ThrowsAsync<WeChatApiException>(() =>
            host.Client.SubmitPublishAsync(fixture.Account, "draft-media-id", CancellationToken.None));

        Assert.Equal((errcode, WeChatErrorKind.RateLimited), (error.Errcode, error.Kind));
        Assert.True(error.RetryAfter > TimeSpan.Zero, $"RetryAfter was {error.RetryAfter}");
    }

    public static TheoryData<string> TransportFaults => ["errcode -1", "HTTP 500", "dropped connection", "delay beyond timeout"];

    [Theory]
    [MemberData(nameof(TransportFaults))]
    public async Task GetPublishStatus_ThrowsRetryable_WhenWeChatIsBusyOrUnreachable(string fault)
    {
        using var host = new ClientHost(timeout: TimeSpan.FromMilliseconds(700));
        await host.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);
        fixture.Sandbox.State.Faults.Enqueue(fault switch
        {
            "errcode -1" => SandboxFault.WithErrcode("freepublish/get", -1),
            "HTTP 500" => SandboxFault.Http500("freepublish/get"),
            "dropped connection" => SandboxFault.Dropped("freepublish/get"),
            _ => SandboxFault.Delayed("freepublish/get", TimeSpan.FromSeconds(3)),
        });

        var error = await Assert.ThrowsAsync<WeChatApiException>(() =>
            host.Client.GetPublishStatusAsync(fixture.Account, "2247503051", CancellationToken.None));

        Assert.Equal(WeChatErrorKind.Retryable, error.Kind);
        Assert.Contains("自动重试", error.EditorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetPublishStatus_ThrowsOperationCanceled_WhenCallerCancels()
    {
        using var host = new ClientHost();
        await host.Tokens.GetTokenAsync(fixture.Account, CancellationToken.None);
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.Delayed("freepublish/get", TimeSpan.FromSeconds(3)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var error = await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            host.Client.GetPublishStatusAsync(fixture.Account, "2247503051", cancel.Token));

        Assert.IsNotType<WeChatApiException>(error);
    }

    [Fact]
    public async Task SubmitPublish_ThrowsPermanentWithChineseMessageAndRid_WhenDraftFailsPublishCheck()
    {
        using var host = new ClientHost();
        fixture.Sandbox.State.Faults.Enqueue(SandboxFault.WithErrcode("freepublish/submit", 53503));

        var error = await Assert.ThrowsAsync<WeChatApiException>(() =>
            host.Client.SubmitPublishAsync(fixture.Account, "draft-media-id", CancellationToken.None));

        Assert.Equal((53503, WeChatErrorKind.Permanent), (error.Errcode, error.Kind));
        Assert.Equal("草稿未通过微信的发布检查，请检查内容后重新提交（微信错误码 53503）", error.EditorMessage);
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{8}-[0-9a-f]{8}$", error.Rid);
    }

    [Fact]
    public async Task SubmitPublish_ThrowsPermanent_WhenDraftIsUnknown()
    {
        using var host = new ClientHost();

        var error = await Assert.ThrowsAsync<WeChatApiException>(() =>
            host.Client.SubmitPublishAsync(fixture.Account, "no-such-draft", CancellationToken.None));

        Assert.Equal((40007, WeChatErrorKind.Permanent), (error.Errcode, error.Kind));
    }

    [Theory]
    [InlineData("gif", 1024)]
    [InlineData("png", 1024 * 1024 + 1)]
    public async Task UploadContentImage_ThrowsPermanentWithoutCalling_WhenImageBreaksLimits(string format, int size)
    {
        using var host = new ClientHost();
        var before = fixture.Calls("media/uploadimg");
        var bytes = format == "gif" ? TestImages.Gif(size) : TestImages.Png(size);

        var error = await Assert.ThrowsAsync<WeChatApiException>(() => host.Client.UploadContentImageAsync(fixture.Account,
            new WeChatImageFile("x." + format, bytes), CancellationToken.None));

        Assert.Equal(WeChatErrorKind.Permanent, error.Kind);
        Assert.Equal(format == "gif" ? 40005 : 40009, error.Errcode);
        Assert.Equal(0, fixture.Calls("media/uploadimg") - before);
    }

    [Fact]
    public async Task AddImageMaterial_ThrowsPermanentWithoutCalling_WhenThumbIsOver64KB()
    {
        using var host = new ClientHost();
        var before = fixture.Calls("material/add_material");

        var error = await Assert.ThrowsAsync<WeChatApiException>(() => host.Client.AddImageMaterialAsync(fixture.Account,
            new WeChatImageFile("t.jpg", TestImages.Jpeg(65 * 1024)), WeChatMaterialType.Thumb, CancellationToken.None));

        Assert.Equal((40012, WeChatErrorKind.Permanent), (error.Errcode, error.Kind));
        Assert.Equal(0, fixture.Calls("material/add_material") - before);
    }
}
