using System.Diagnostics.CodeAnalysis;

namespace Media.Channels.App.Webhooks;

/// <summary>Where and with which secret an app channel's webhooks go (settings <c>webhookUrl</c>, <c>secret</c>).</summary>
internal sealed record AppWebhookTarget(Uri Url, string Secret)
{
    public override string ToString() => Url.Host; // never the secret, nor a key in the query string

    public static bool TryRead(IReadOnlyDictionary<string, string> settings, [NotNullWhen(true)] out AppWebhookTarget? target,
        [NotNullWhen(false)] out string? problem)
    {
        target = null;
        problem = null;
        if (!settings.TryGetValue("webhookUrl", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https"))
        {
            problem = "The app channel has no valid webhookUrl (an absolute http(s) URL).";
            return false;
        }
        if (!settings.TryGetValue("secret", out var secret) || string.IsNullOrEmpty(secret))
        {
            problem = "The app channel has no webhook secret.";
            return false;
        }
        target = new AppWebhookTarget(uri, secret);
        return true;
    }
}
