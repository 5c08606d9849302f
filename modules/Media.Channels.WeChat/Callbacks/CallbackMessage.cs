using System.Globalization;
using System.Text.Json;
using System.Xml;
using System.Xml.Linq;
using Media.Channels.WeChat.Api;

namespace Media.Channels.WeChat.Callbacks;

/// <summary>Reads callback bodies: the Encrypt field of an envelope, and the (decrypted) message itself, XML or JSON.</summary>
internal static class CallbackMessage
{
    private static readonly XmlReaderSettings Safe = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = 1024 * 1024,
    };

    public static string? Encrypt(string body) => IsJson(body)
        ? Json(body) is { } json && json.TryGetProperty("Encrypt", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null
        : Xml(body)?.Element("Encrypt")?.Value;

    /// <summary>Null when the message is neither XML nor JSON.</summary>
    public static WeChatCallbackResult? Parse(string message)
    {
        if (IsJson(message))
        {
            return Json(message) is { } json
                ? WeChatCallbackResult.Other(json.TryGetProperty("Event", out var e) ? e.ToString() : null)
                : null;
        }

        var xml = Xml(message);
        var name = xml?.Element("Event")?.Value;
        // The 2022 docs named it FREEPUBLISHJOBFINISH; what arrives is PUBLISHJOBFINISH (docs/wechat.md §7.5).
        return xml is null ? null
            : name is "PUBLISHJOBFINISH" or "FREEPUBLISHJOBFINISH" ? PublishJob(xml)
            : name is "MASSSENDJOBFINISH" ? MassSendJob(xml)
            : WeChatCallbackResult.Other(name ?? xml.Element("MsgType")?.Value);
    }

    private static WeChatCallbackResult? PublishJob(XElement xml)
    {
        var info = xml.Element("PublishEventInfo");
        var publishId = info?.Element("publish_id")?.Value.Trim();
        if (info is null || string.IsNullOrEmpty(publishId) || Number(info.Element("publish_status")) is not { } status)
        {
            return null;
        }

        var articles = info.Element("article_detail")?.Elements("item")
            .Select(i => new WeChatPublishedArticle(Number(i.Element("idx")) ?? 0, i.Element("article_url")?.Value ?? ""))
            .ToList() ?? [];
        var failIdx = info.Elements("fail_idx").Select(e => Number(e) ?? 0).ToList();
        var created = long.TryParse(xml.Element("CreateTime")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : (DateTimeOffset?)null;
        return WeChatCallbackResult.Published(new WeChatPublishJobFinished(publishId, (WeChatPublishState)status, status,
            info.Element("article_id")?.Value, articles, failIdx, xml.Element("ToUserName")?.Value, created));
    }

    /// <summary>MsgID, Status (<c>send success</c>, <c>send fail</c> or <c>err(NNNNN)</c>), the counts, and ArticleUrlResult's
    /// items when present (docs/wechat.md §15.7). Unknown elements are ignored.</summary>
    private static WeChatCallbackResult? MassSendJob(XElement xml)
    {
        if (!long.TryParse(xml.Element("MsgID")?.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var msgId)
            || xml.Element("Status")?.Value is not { Length: > 0 } status)
        {
            return null;
        }

        var articles = xml.Element("ArticleUrlResult")?.Element("ResultList")?.Elements("item")
            .Select(i => new WeChatPublishedArticle(Number(i.Element("ArticleIdx")) ?? 0, i.Element("ArticleUrl")?.Value.Trim() ?? ""))
            .Where(a => a.Index > 0 && a.Url.Length > 0)
            .ToList() ?? [];
        return WeChatCallbackResult.MassSent(new WeChatMassSendJobFinished(msgId, status.Trim(), Number(xml.Element("TotalCount")) ?? 0,
            Number(xml.Element("FilterCount")) ?? 0, Number(xml.Element("SentCount")) ?? 0, Number(xml.Element("ErrorCount")) ?? 0, articles));
    }

    private static int? Number(XElement? element) =>
        int.TryParse(element?.Value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : null;

    private static bool IsJson(string text) => text.AsSpan().TrimStart().StartsWith("{");

    private static XElement? Xml(string text)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(text), Safe);
            return XElement.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static JsonElement? Json(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
