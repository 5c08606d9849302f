namespace Media.Channels.WeChat.Html;

/// <summary>
/// Article content ready for draft/add, or not yet: <see cref="ImagesToUpload"/> lists the original srcs that still
/// need media/uploadimg (those images are left out of <see cref="Content"/> until the converter gets their URLs).
/// </summary>
public sealed record WeChatHtml(string Content, IReadOnlyList<string> ImagesToUpload, IReadOnlyList<string> ExternalLinks)
{
    /// <summary>Every image is WeChat-hosted; the content can be sent.</summary>
    public bool IsComplete => ImagesToUpload.Count == 0;
}
