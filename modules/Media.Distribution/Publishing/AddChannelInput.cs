namespace Media.Distribution.Publishing;

/// <summary>The body of <c>POST /api/articles/{id}/deliveries</c>: the channel to add to a published piece.</summary>
public sealed record AddChannelInput(Guid? ChannelId);
