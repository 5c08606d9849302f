using Media.Abstractions.Distribution;
using Media.Distribution.Channels;

namespace Media.Distribution.Senders;

/// <summary>The county site serves published articles itself (and answers 410 once retracted), so delivering
/// there means the article is live at its URL: nothing to send, only the address to record.</summary>
internal sealed class WebChannelSender : IChannelSender
{
    public string ChannelType => ChannelTypes.Web;

    public Task<DeliveryStep> PublishAsync(DeliveryContext context, CancellationToken cancellationToken) =>
        Task.FromResult(context.Article is { } article
            ? DeliveryStep.Done(article.Id.ToString(), context.PublicBaseUrl + article.Url)
            : DeliveryStep.Failed("The article is not published."));

    public Task<DeliveryStep> RetractAsync(DeliveryContext context, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryStep.Done());
}
