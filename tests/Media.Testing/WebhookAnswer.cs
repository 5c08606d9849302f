namespace Media.Testing;

/// <summary>How <see cref="WebhookReceiver"/> answers one request: a status (with an optional body and
/// <c>Retry-After</c>), or — with <see cref="Hang"/> — no answer until the sender gives up.</summary>
public sealed record WebhookAnswer(int Status, string? Body = null, TimeSpan? RetryAfter = null, bool Hang = false)
{
    public static WebhookAnswer Ok { get; } = new(204);

    public static WebhookAnswer Fail(int status, string? body = null, TimeSpan? retryAfter = null) => new(status, body, retryAfter);

    /// <summary>Holds the request open (for up to a minute, or until the sender hangs up).</summary>
    public static WebhookAnswer NoAnswer { get; } = new(0, Hang: true);

    /// <summary>A redirect, which a webhook sender must not follow.</summary>
    public static WebhookAnswer Redirect(string location) => new(307, location);
}
