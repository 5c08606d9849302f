using System.Text.RegularExpressions;
using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Distribution.Channels;

namespace Media.Distribution.Components;

/// <summary>Readable words for channel types. Delivery states are labelled by <see cref="Deliveries.DeliveryStates.Label"/>,
/// article states by <see cref="EditorialStatus.Label"/>, times by <see cref="ChinaTime"/>.</summary>
public static partial class DeliveryLabels
{
    public static string ChannelType(string type) => type switch
    {
        ChannelTypes.Web => "网站",
        ChannelTypes.WeChat => "公众号",
        ChannelTypes.App => "客户端",
        _ => type,
    };

    /// <summary>What a failed delivery's error says to the newsroom: its Chinese sentence, without the channel's error
    /// code or an English tail (both stay in 技术信息, docs/admin-ui.md §13); an error with no Chinese says so in Chinese.</summary>
    public static string ErrorText(string error)
    {
        var withoutCode = ErrorCode().Replace(error, "");
        var chinese = UpToLastChinese().Match(withoutCode);
        return chinese.Success ? chinese.Value.Trim() : "渠道返回了错误，详见技术信息。";
    }

    [GeneratedRegex(@"（微信错误码 \d+）")]
    private static partial Regex ErrorCode();

    [GeneratedRegex(@"^.*[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]", RegexOptions.Singleline)]
    private static partial Regex UpToLastChinese();
}
