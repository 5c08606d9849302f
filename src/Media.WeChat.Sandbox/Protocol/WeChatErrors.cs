using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Media.WeChat.Sandbox.Protocol;

/// <summary>Error bodies as WeChat writes them: errcode, and an errmsg that ends with a request id.</summary>
internal static class WeChatErrors
{
    private static readonly FrozenDictionary<int, string> Messages = new Dictionary<int, string>
    {
        [-1] = "system error",
        [40001] = "invalid credential, access_token is invalid or not latest",
        [40002] = "invalid grant_type",
        [40004] = "invalid media type",
        [40005] = "invalid file type",
        [40007] = "invalid media_id",
        [40008] = "invalid message type",
        [40009] = "invalid image size",
        [40012] = "invalid thumb size",
        [40013] = "invalid appid",
        [40014] = "invalid access_token",
        [40033] = "invalid charset. please check your request, if include \\uxxxx will create fail!",
        [40114] = "invalid index value",
        [40125] = "invalid appsecret",
        [40132] = "invalid username",
        [41001] = "access_token missing",
        [41002] = "appid missing",
        [41004] = "appsecret missing",
        [41005] = "media data missing",
        [41039] = "invalid content_source_url",
        [42001] = "access_token expired",
        [43001] = "require GET method",
        [43002] = "require POST method",
        [43004] = "require subscribe",
        [44002] = "empty post data",
        [44003] = "empty news data",
        [45001] = "media size out of limit",
        [45002] = "content size out of limit",
        [45003] = "title size out of limit",
        [45004] = "description size out of limit",
        [45005] = "url size out of limit",
        [45008] = "article size out of limit",
        [45009] = "reach max api daily quota limit",
        [45011] = "api minute-quota reach limit mustslower retry next minute",
        [45028] = "has no masssend quota",
        [45065] = "clientmsgid exist",
        [45067] = "clientmsgid size out of limit",
        [45110] = "author size out of limit",
        [47001] = "data format error",
        [48001] = "api unauthorized",
        [53502] = "Publish ID 无效",
        [53503] = "该草稿未通过发布检查",
        [53600] = "Article ID 无效",
    }.ToFrozenDictionary();

    public static JsonObject Error(int errcode, string? errmsg = null) => new()
    {
        ["errcode"] = errcode,
        ["errmsg"] = $"{errmsg ?? Message(errcode)} rid: {Rid()}",
    };

    public static JsonObject Ok() => new() { ["errcode"] = 0, ["errmsg"] = "ok" };

    public static string Message(int errcode) => Messages.GetValueOrDefault(errcode, "error");

    private static string Rid() =>
        $"{RandomNumberGenerator.GetHexString(8, true)}-{RandomNumberGenerator.GetHexString(8, true)}-{RandomNumberGenerator.GetHexString(8, true)}";
}
