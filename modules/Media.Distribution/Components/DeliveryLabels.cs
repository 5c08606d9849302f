using Media.Abstractions.Content;
using Media.Abstractions.Time;
using Media.Distribution.Channels;

namespace Media.Distribution.Components;

/// <summary>Readable words for channel types. Delivery states are labelled by <see cref="Deliveries.DeliveryStates.Label"/>,
/// article states by <see cref="EditorialStatus.Label"/>, times by <see cref="ChinaTime"/>.</summary>
public static class DeliveryLabels
{
    public static string ChannelType(string type) => type switch
    {
        ChannelTypes.Web => "网站",
        ChannelTypes.WeChat => "公众号",
        ChannelTypes.App => "客户端",
        _ => type,
    };
}
