using System.ComponentModel.DataAnnotations;

namespace Media.Channels.App;

/// <summary>Settings shared by every app channel; bound from "Media:Channels:App". Per-channel settings
/// (<c>webhookUrl</c>, <c>secret</c>) come with each delivery instead.</summary>
public sealed class AppChannelOptions
{
    public const string SectionName = "Media:Channels:App";

    /// <summary>How long the app has to answer one webhook before the attempt counts as retryable (docs/http-api.md §5: 10 s).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}
