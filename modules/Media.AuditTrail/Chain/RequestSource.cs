using Media.AuditTrail.Data;
using Microsoft.AspNetCore.Http;

namespace Media.AuditTrail.Chain;

/// <summary>Where an action came from: the request's address (as forwarded-header handling left it) and user agent,
/// cut to what the columns keep. Outside a request (Hangfire jobs, start-up tasks) both are null
/// (docs/audit-trail.md §2).</summary>
internal readonly record struct RequestSource(string? SourceIp, string? UserAgent)
{
    public static RequestSource Of(HttpContext? http)
    {
        if (http is null) return default;
        var address = http.Connection.RemoteIpAddress;
        if (address is { IsIPv4MappedToIPv6: true }) address = address.MapToIPv4();
        var agent = http.Request.Headers.UserAgent.ToString();
        return new RequestSource(
            Cut(address?.ToString(), AuditEntryConfiguration.SourceIpLength),
            Cut(agent.Length == 0 ? null : agent, AuditEntryConfiguration.UserAgentLength));
    }

    private static string? Cut(string? text, int length) => text is { } t && t.Length > length ? t[..length] : text;
}
