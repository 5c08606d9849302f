using System.Text.RegularExpressions;

namespace Media.WeChat.Sandbox.Validation;

/// <summary>
/// What WeChat does to article HTML, roughly: strips JS ("此处会去除JS") and filters external image URLs
/// ("外部图片url将被过滤"), so client tests can see the effect through draft/get.
/// </summary>
internal static partial class ContentSanitizer
{
    private static readonly string[] WeChatImageHosts = ["http://mmbiz.qpic.cn/", "https://mmbiz.qpic.cn/", "http://mmbiz.qlogo.cn/", "https://mmbiz.qlogo.cn/"];

    public static string Sanitize(string html, string? ownImageBase)
    {
        var withoutScripts = Script().Replace(html, "");
        var withoutHandlers = EventHandler().Replace(withoutScripts, "");
        return ImageSource().Replace(withoutHandlers, match =>
        {
            var src = match.Groups["src"].Value;
            var allowed = WeChatImageHosts.Any(h => src.StartsWith(h, StringComparison.OrdinalIgnoreCase))
                || (ownImageBase is not null && src.StartsWith(ownImageBase, StringComparison.OrdinalIgnoreCase));
            return allowed ? match.Value : $"{match.Groups["head"].Value}{match.Groups["q"].Value}{match.Groups["q"].Value}";
        });
    }

    /// <summary>The first characters of the body text, which WeChat uses as the digest when none is given.</summary>
    public static string TextPrefix(string html, int length)
    {
        var text = Tag().Replace(html, "").Trim();
        return text.Length <= length ? text : text[..length];
    }

    [GeneratedRegex(@"<script\b[^>]*>.*?</script\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Script();

    [GeneratedRegex(@"\s+on[a-z]+\s*=\s*(""[^""]*""|'[^']*'|[^\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex EventHandler();

    [GeneratedRegex(@"(?<head><img\b[^>]*?\bsrc\s*=\s*)(?<q>[""'])(?<src>[^""']*)\k<q>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
