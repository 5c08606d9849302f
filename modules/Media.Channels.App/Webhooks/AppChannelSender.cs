using System.Globalization;
using System.Net.Http.Headers;
using Media.Abstractions.Distribution;
using Media.Abstractions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Media.Channels.App.Webhooks;

/// <summary>Tells the county app about a published, corrected (updated) or retracted article with one signed webhook per
/// call. Retries and backoff are the outbox's: each call is one attempt, classified. The body of a delivery is the same
/// on every attempt; only <c>X-Media-Timestamp</c> and the signature change.</summary>
internal sealed class AppChannelSender(IHttpClientFactory httpClients, TimeProvider clock, IOptions<AppChannelOptions> options,
    PublicSiteAddress configuredSite, AppWebhookCorrections corrections, ILogger<AppChannelSender> logger) : IChannelSender
{
    public const string HttpClientName = "Media.Channels.App.Webhooks";
    public const string Type = "app";

    public string ChannelType => Type;

    public async Task<DeliveryStep> PublishAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Article is not { } article)
        {
            // Retracted (or withdrawn) before this ran: the retraction's own webhook tells the app.
            Log.NothingToAnnounce(logger, context.ArticleId, context.ChannelId, context.DeliveryId);
            return DeliveryStep.Done();
        }
        // A corrected version (docs/lifecycle.md §4) is an update: its own delivery id, so the app does not take it for a
        // retry of the first publish, and the moment the correction went live.
        var correction = await corrections.FindAsync(context.ArticleId, context.Version, cancellationToken);
        var key = AppWebhookProgress.EventOf(context.Version);
        if (!context.Progress.TryGetValue(key, out var eventName))
        {
            eventName = correction is null ? AppWebhookEvents.Published : AppWebhookEvents.Updated;
            await context.SaveProgressAsync(key, eventName, cancellationToken);
        }
        var updated = eventName == AppWebhookEvents.Updated;
        var deliveryId = updated ? AppWebhookDeliveryIds.ForVersion(context.DeliveryId, context.Version) : context.DeliveryId;
        var occurredAt = updated && correction is not null ? correction.PublishedAt : context.OccurredAt;
        var site = configuredSite.Or(context.PublicBaseUrl);
        var payload = new AppWebhookPayload(eventName, deliveryId, context.ArticleId, context.Version,
            site.ApiUrlOf(context.ArticleId), occurredAt, site.Absolute(article.Url));
        return await SendAsync(context, payload, cancellationToken);
    }

    public async Task<DeliveryStep> RetractAsync(DeliveryContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Progress.TryGetValue(AppWebhookProgress.RetractDeliveryId, out var saved) || !Guid.TryParse(saved, out var deliveryId))
        {
            deliveryId = Guid.NewGuid();
            await context.SaveProgressAsync(AppWebhookProgress.RetractOccurredAt, context.OccurredAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), cancellationToken);
            await context.SaveProgressAsync(AppWebhookProgress.RetractDeliveryId, deliveryId.ToString(), cancellationToken);
        }
        var occurredAt = context.Progress.TryGetValue(AppWebhookProgress.RetractOccurredAt, out var at)
            && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var parsed) ? parsed : context.OccurredAt;
        var site = configuredSite.Or(context.PublicBaseUrl);
        var payload = new AppWebhookPayload(AppWebhookEvents.Retracted, deliveryId, context.ArticleId, context.Version,
            site.ApiUrlOf(context.ArticleId), occurredAt, null);
        return await SendAsync(context, payload, cancellationToken);
    }

    private async Task<DeliveryStep> SendAsync(DeliveryContext context, AppWebhookPayload payload, CancellationToken cancellationToken)
    {
        if (!AppWebhookTarget.TryRead(context.Settings, out var target, out var problem))
        {
            Log.ChannelMisconfigured(logger, context.ChannelId, context.ArticleId, problem);
            return DeliveryStep.Failed(problem);
        }
        using var request = Sign(payload, target);
        var timeout = options.Value.Timeout;
        using var timer = new CancellationTokenSource(timeout, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timer.Token);
        var started = clock.GetTimestamp();
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var answer = await AppWebhookOutcome.ClassifyAsync(response, clock, linked.Token);
            Log.WebhookAnswered(logger, payload.Event, payload.DeliveryId, payload.ArticleId, target.ToString(), context.ChannelId,
                context.Attempt, (int)response.StatusCode, clock.GetElapsedTime(started).TotalMilliseconds, answer.Step.Outcome.ToString());
            if (answer.Body.Length > 0) Log.WebhookAnswerBody(logger, payload.DeliveryId, answer.Body);
            return answer.Step;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Unanswered(context, payload, target, $"The app gave no answer within {timeout.TotalSeconds:0.###} s.");
        }
        catch (HttpRequestException ex)
        {
            return Unanswered(context, payload, target, $"The app could not be reached: {ex.Message}");
        }
    }

    private HttpRequestMessage Sign(AppWebhookPayload payload, AppWebhookTarget target)
    {
        var body = payload.ToUtf8Bytes();
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, target.Url) { Content = content };
        request.Headers.Add("X-Media-Event", payload.Event);
        request.Headers.Add("X-Media-Delivery", payload.DeliveryId.ToString());
        request.Headers.Add("X-Media-Timestamp", timestamp);
        request.Headers.Add("X-Media-Signature", AppWebhookSignature.Sign(target.Secret, timestamp, body));
        return request;
    }

    private DeliveryStep Unanswered(DeliveryContext context, AppWebhookPayload payload, AppWebhookTarget target, string reason)
    {
        Log.WebhookFailed(logger, payload.Event, payload.DeliveryId, payload.ArticleId, target.ToString(), context.ChannelId, context.Attempt, reason);
        return DeliveryStep.Retry(reason);
    }
}
