using Media.Abstractions.Distribution;

namespace Media.Channels.App.Webhooks;

/// <summary>What an answer means for the delivery, and a cleaned snippet of its body for the log (empty on success).</summary>
internal sealed record AppWebhookAnswer(DeliveryStep Step, string Body);
