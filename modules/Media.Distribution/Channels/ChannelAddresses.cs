using Media.Abstractions.Http;
using Media.Abstractions.Problems;

namespace Media.Distribution.Channels;

/// <summary>The addresses in a channel's settings that Media will call, checked against the outbound address rules
/// (docs/http-api.md §7) once their form is right: https, and nothing internal unless explicitly allowed.</summary>
internal static class ChannelAddresses
{
    private static readonly string[] UrlSettings = ["apiBaseUrl", "webhookUrl"];

    /// <summary>Call after <see cref="ChannelInput.Check"/> passed: the URLs are then absolute http(s) or absent.</summary>
    public static async Task<FieldErrors> CheckAsync(ChannelInput input, OutboundAddressPolicy policy, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        foreach (var name in UrlSettings)
        {
            if (input.Text(name) is { Length: > 0 } value && Uri.TryCreate(value, UriKind.Absolute, out var url)
                && await policy.CheckAsync(url, cancellationToken) is { } problem)
            {
                errors.Add("settings." + name, problem);
            }
        }
        return errors;
    }
}
