using System.Globalization;
using System.Xml.Linq;
using Media.WeChat.Sandbox.State;

namespace Media.WeChat.Sandbox.Callbacks;

/// <summary>The PUBLISHJOBFINISH event XML (docs/wechat.md §7.5), on one line as WeChat sends it.</summary>
public static class PublishJobFinishXml
{
    /// <summary>The docs give mphelper (the mass-send assistant) as the sender of publish events.</summary>
    public const string MassSendAssistant = "mphelper";

    public static string Build(string toUserName, string fromUserName, long createTime, long publishId, int status,
        string? articleId, IReadOnlyList<string> articleUrls, IReadOnlyList<int> failIdx)
    {
        var info = new XElement("PublishEventInfo",
            new XElement("publish_id", publishId.ToString(CultureInfo.InvariantCulture)),
            new XElement("publish_status", status.ToString(CultureInfo.InvariantCulture)));
        if (status == 0)
        {
            info.Add(new XElement("article_id", new XCData(articleId ?? "")),
                new XElement("article_detail",
                    new XElement("count", articleUrls.Count.ToString(CultureInfo.InvariantCulture)),
                    articleUrls.Select((url, i) => new XElement("item",
                        new XElement("idx", (i + 1).ToString(CultureInfo.InvariantCulture)),
                        new XElement("article_url", new XCData(url))))));
        }
        else if (status is 2 or 4)
        {
            info.Add(failIdx.Select(i => new XElement("fail_idx", i.ToString(CultureInfo.InvariantCulture))));
        }

        var xml = new XElement("xml",
            new XElement("ToUserName", new XCData(toUserName)),
            new XElement("FromUserName", new XCData(fromUserName)),
            new XElement("CreateTime", createTime.ToString(CultureInfo.InvariantCulture)),
            new XElement("MsgType", new XCData("event")),
            new XElement("Event", new XCData("PUBLISHJOBFINISH")),
            info);
        return xml.ToString(SaveOptions.DisableFormatting);
    }

    public static string Build(string toUserName, long createTime, SandboxPublish job)
    {
        ArgumentNullException.ThrowIfNull(job);
        return Build(toUserName, MassSendAssistant, createTime, job.PublishId, job.Status, job.ArticleId, job.ArticleUrls,
            job.FailIdx);
    }
}
