using System.Net;

namespace Media.WeChat.Sandbox.Callbacks;

/// <summary>The sandbox only ever calls loopback addresses unless told otherwise, so a demo never reaches out.</summary>
internal static class LoopbackAddress
{
    public static bool Is(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip)));
}
