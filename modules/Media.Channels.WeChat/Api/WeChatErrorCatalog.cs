using System.Collections.Frozen;
using System.Globalization;
using Media.Abstractions.Time;

namespace Media.Channels.WeChat.Api;

/// <summary>
/// Classifies WeChat errcodes (docs/wechat.md §1.8, §2, §9) and says in Chinese what an editor can do about them.
/// Only codes that WeChat or the SDKs document are named; any other errcode is permanent with a generic message.
/// </summary>
internal static class WeChatErrorCatalog
{
    /// <summary>Business calls answer these when the token is bad or stale: refresh it and retry the call once.</summary>
    public static readonly FrozenSet<int> InvalidTokenCodes = FrozenSet.Create<int>([40001, 40014, 41001, 42001]);

    private static readonly FrozenSet<int> RetryableCodes = FrozenSet.Create<int>([
        -1,
        // Risk confirmation: the admin has been asked to approve the caller IP; a later try succeeds once they do.
        89501, 89502, 89503, 89504, 89505,
    ]);

    private static readonly FrozenSet<int> RateLimitedCodes = FrozenSet.Create<int>([45009, 45011, 53501, 89506, 89507]);

    private static readonly FrozenDictionary<int, string> Messages = new Dictionary<int, string>
    {
        [-1] = "微信系统繁忙，稍后会自动重试",
        [40001] = "公众号 AppSecret 错误，或 access_token 已失效",
        [40002] = "请求参数不合法",
        [40004] = "素材类型不合法",
        [40005] = "图片格式不支持（正文图片只能是 JPG/PNG，封面缩略图只能是 JPG）",
        [40006] = "文件过大",
        [40007] = "素材或草稿不存在或已失效（media_id 无效），请重新上传封面后再发",
        [40009] = "图片过大（正文图片须小于 1MB）",
        [40012] = "封面缩略图过大（须小于 64KB）",
        [40013] = "公众号 AppID 不正确，请检查渠道设置",
        [40014] = "access_token 无效",
        [40033] = "请求含有 \\uXXXX 转义字符，被微信拒绝",
        [40114] = "文章序号不正确",
        [40125] = "公众号 AppSecret 不正确，请检查渠道设置",
        [40164] = "本服务器的 IP 不在公众号的 IP 白名单中，请管理员在公众平台添加",
        [40243] = "公众号 AppSecret 已被冻结，请管理员在公众平台处理",
        [41001] = "缺少 access_token",
        [41002] = "缺少 AppID，请检查渠道设置",
        [41004] = "缺少 AppSecret，请检查渠道设置",
        [41005] = "上传内容缺少图片文件",
        [41039] = "“阅读原文”链接不合法",
        [40132] = "预览接收人的微信号不正确（须填写微信号，不是昵称或手机号）",
        [42001] = "access_token 已过期",
        [43004] = "预览接收人没有关注本公众号，请先关注后再发送预览",
        [44002] = "请求内容为空",
        [44003] = "草稿中没有文章",
        [45001] = "文件过大",
        [45002] = "正文过长（须少于 2 万字符且小于 1MB）",
        [45003] = "标题过长（不超过 32 个字）",
        [45004] = "摘要过长（不超过 128 个字）",
        [45005] = "链接过长",
        [45008] = "一篇草稿中的文章过多",
        [45009] = "今日微信接口调用次数已用完，明天会自动重试",
        [45011] = "微信接口调用过于频繁，稍后会自动重试",
        [45028] = "群发次数已用完（订阅号每天 1 次，服务号每月 4 次）",
        [45065] = "这条群发已经发出过（clientmsgid 重复）",
        [45066] = "群发重试过快，请 1 分钟后再试",
        [45067] = "clientmsgid 过长",
        [45166] = "正文内容不合法（常见原因：含有外部超链接）",
        [47001] = "请求数据格式错误",
        [48001] = "公众号没有该接口的权限（发布接口仅限已认证的公众号/服务号）",
        [48004] = "该接口已被微信封禁",
        [50002] = "公众号被限制使用接口",
        [50004] = "公众号被禁止获取 access_token",
        [50007] = "公众号已被冻结",
        [53402] = "封面裁剪失败，请更换封面图片",
        [53404] = "公众号已被限制带货能力，请删除商品后再发",
        [53405] = "插入的商品信息有误",
        [53406] = "公众号未开通带货能力",
        [53500] = "公众号的发布功能已被封禁",
        [53501] = "发布过于频繁，稍后会自动重试",
        [53502] = "发布任务编号（publish_id）无效",
        [53503] = "草稿未通过微信的发布检查，请检查内容后重新提交",
        [53504] = "该草稿需要在公众平台网页端使用",
        [53505] = "请先在公众平台网页端手动保存该草稿，再发表",
        [53600] = "微信文章编号（article_id）无效，文章可能已被删除",
        [88000] = "公众号没有留言权限，请关闭“开启留言”",
        [89503] = "本次调用需要公众号管理员确认，请管理员在微信中确认后会自动重试",
        [89506] = "管理员拒绝了本服务器的 IP，24 小时内无法调用",
        [89507] = "管理员拒绝了本服务器的 IP，1 小时内无法调用",
    }.ToFrozenDictionary();

    public static bool IsInvalidToken(int errcode) => InvalidTokenCodes.Contains(errcode);

    public static WeChatErrorKind Classify(int errcode) =>
        RetryableCodes.Contains(errcode) ? WeChatErrorKind.Retryable
        : RateLimitedCodes.Contains(errcode) ? WeChatErrorKind.RateLimited
        // A token still refused after one refresh: a later try with a later token may pass.
        : InvalidTokenCodes.Contains(errcode) ? WeChatErrorKind.Retryable
        : WeChatErrorKind.Permanent;

    public static string EditorMessage(int errcode) =>
        $"{Messages.GetValueOrDefault(errcode, "微信接口返回错误")}（微信错误码 {errcode.ToString(CultureInfo.InvariantCulture)}）";

    /// <summary>Daily quotas reset at midnight Beijing time; the minute quota and frequency limits after a minute.</summary>
    public static TimeSpan? RetryAfter(int errcode, DateTimeOffset now) => errcode switch
    {
        45009 => ChinaTime.StartOfNextDay(now) - now,
        45011 or 53501 => TimeSpan.FromMinutes(1),
        89507 => TimeSpan.FromHours(1),
        89506 => TimeSpan.FromHours(24),
        _ => null,
    };

    public static WeChatApiException ToException(string endpoint, int errcode, string? errmsg, DateTimeOffset now) =>
        new(endpoint, errcode, errmsg, Classify(errcode), EditorMessage(errcode), retryAfter: RetryAfter(errcode, now));
}
