using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Distribution.Channels;

namespace Media.Distribution.Components;

/// <summary>Readable words for channel types. Delivery states are labelled by <see cref="Deliveries.DeliveryStates.Label"/>,
/// article states by <see cref="EditorialStatus.Label"/>, times by <see cref="ChinaTime"/>.</summary>
public static class DeliveryLabels
{
    /// <summary>Kept for the publish page, which the lifecycle rewrite owns; new code uses <see cref="ChinaTime.Offset"/>.</summary>
    public static TimeSpan ChinaOffset => ChinaTime.Offset;

    public static string ChannelType(string type) => type switch
    {
        ChannelTypes.Web => "网站",
        ChannelTypes.WeChat => "公众号",
        ChannelTypes.App => "客户端",
        _ => type,
    };

    /// <summary>Kept for the publish and retract pages, which the lifecycle rewrite owns; new code uses
    /// <see cref="EditorialStatus.Label"/>.</summary>
    public static string ArticleStatus(string status) => EditorialStatus.Label(status);
}
