using System.ComponentModel.DataAnnotations;

namespace Media.Channels.WeChat;

/// <summary>Settings of the WeChat client shared by every account; bound from "Media:Channels:WeChat".</summary>
public sealed class WeChatChannelOptions
{
    public const string SectionName = "Media:Channels:WeChat";

    /// <summary>How long one API call may take before it counts as a retryable failure.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>A token is refreshed this long before WeChat says it expires (at most half its lifetime).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan TokenRefreshMargin { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long to wait before asking freepublish/get again while WeChat publishes (it counts against a
    /// daily quota; a PUBLISHJOBFINISH push wakes the delivery earlier).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan PublishPollDelay { get; set; } = TimeSpan.FromSeconds(8);
}
