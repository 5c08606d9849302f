using Media.WeChat.Sandbox.Validation;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>Image URLs shaped like http://mmbiz.qpic.cn/mmbiz_png/&lt;id&gt;/0?wx_fmt=png, which the sandbox also serves.</summary>
internal static class ImageUrls
{
    public static string Base(WeChatCall call) => call.Options.ImageUrlBase?.TrimEnd('/') ?? call.SandboxBase;

    public static string Build(WeChatCall call, string format, string imageId) =>
        $"{Base(call)}/mmbiz_{format}/{imageId}/0?wx_fmt={ImageSniffer.WxFormat(format)}";
}
