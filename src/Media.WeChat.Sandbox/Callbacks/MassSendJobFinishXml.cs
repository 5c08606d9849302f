using System.Globalization;
using System.Xml.Linq;
using Media.WeChat.Sandbox.State;

namespace Media.WeChat.Sandbox.Callbacks;

/// <summary>The MASSSENDJOBFINISH event XML (docs/wechat.md §15.7), on one line as WeChat sends it: MsgID, Status
/// (<c>send success</c>, <c>send fail</c>, <c>err(NNNNN)</c>), the counts, an empty CopyrightCheckResult, and each article's
/// link under ArticleUrlResult (1-based ArticleIdx) when the send succeeded.</summary>
public static class MassSendJobFinishXml
{
    public const string SendSuccess = "send success";

    public static string Build(string toUserName, long createTime, SandboxMassSend send, string status, int followers)
    {
        ArgumentNullException.ThrowIfNull(send);
        var succeeded = status == SendSuccess;
        var count = succeeded ? followers : 0;
        var xml = new XElement("xml",
            new XElement("ToUserName", new XCData(toUserName)),
            new XElement("FromUserName", new XCData(PublishJobFinishXml.MassSendAssistant)),
            new XElement("CreateTime", createTime.ToString(CultureInfo.InvariantCulture)),
            new XElement("MsgType", new XCData("event")),
            new XElement("Event", new XCData("MASSSENDJOBFINISH")),
            new XElement("MsgID", send.MsgId.ToString(CultureInfo.InvariantCulture)),
            new XElement("Status", new XCData(status)),
            new XElement("TotalCount", Text(count)),
            new XElement("FilterCount", Text(count)),
            new XElement("SentCount", Text(count)),
            new XElement("ErrorCount", "0"),
            new XElement("CopyrightCheckResult", new XElement("Count", "0"), new XElement("ResultList"), new XElement("CheckState", "1")));
        if (succeeded)
        {
            xml.Add(new XElement("ArticleUrlResult",
                new XElement("Count", Text(send.ArticleUrls.Count)),
                new XElement("ResultList", send.ArticleUrls.Select((url, i) => new XElement("item",
                    new XElement("ArticleIdx", Text(i + 1)),
                    new XElement("ArticleUrl", new XCData(url)))))));
        }

        return xml.ToString(SaveOptions.DisableFormatting);
    }

    private static string Text(int n) => n.ToString(CultureInfo.InvariantCulture);
}
