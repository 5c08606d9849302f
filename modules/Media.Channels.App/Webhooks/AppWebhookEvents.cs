namespace Media.Channels.App.Webhooks;

/// <summary>The webhook event names of docs/http-api.md §5 (<c>event</c> in the body, <c>X-Media-Event</c> header).</summary>
public static class AppWebhookEvents
{
    public const string Published = "article.published";
    public const string Updated = "article.updated";
    public const string Retracted = "article.retracted";
}
