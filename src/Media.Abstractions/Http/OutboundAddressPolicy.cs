using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Media.Abstractions.Http;

/// <summary>
/// Which addresses Media may call on a channel's behalf (docs/http-api.md §7, "Outbound addresses"): https only, and
/// never an address on the inside — loopback, private, link-local, shared (CGNAT), unspecified or multicast — since a
/// channel URL typed by an administrator must not become a way to reach the database, the cloud's metadata service or
/// the admin API of a neighbour. Hosts listed in <c>Media:Channels:AllowedPrivateHosts</c> are exempt (and may use
/// http); Development allows loopback for the WeChat sandbox and local test receivers. The same policy checks a URL
/// when a channel is saved and every connection when it is made (<see cref="ConnectAsync"/>), so a name that resolves
/// elsewhere later (DNS rebinding) is refused too.
/// </summary>
public sealed class OutboundAddressPolicy
{
    public const string AllowedPrivateHostsKey = "Media:Channels:AllowedPrivateHosts";
    private static readonly TimeSpan ResolveTimeout = TimeSpan.FromSeconds(3);
    private readonly HashSet<string> allowedHosts;
    private readonly bool loopbackAllowed;

    public OutboundAddressPolicy(IConfiguration configuration, IHostEnvironment environment)
        : this(configuration[AllowedPrivateHostsKey], environment.IsDevelopment())
    {
    }

    private OutboundAddressPolicy(string? allowedPrivateHosts, bool loopbackAllowed)
    {
        allowedHosts = new HashSet<string>(
            (allowedPrivateHosts ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            StringComparer.OrdinalIgnoreCase);
        this.loopbackAllowed = loopbackAllowed;
    }

    /// <summary>A policy from explicit settings (tests, tools).</summary>
    public static OutboundAddressPolicy Create(string? allowedPrivateHosts, bool loopbackAllowed) => new(allowedPrivateHosts, loopbackAllowed);

    /// <summary>Null when Media may call <paramref name="url"/>; otherwise why not, in words for the person who typed it.
    /// A name that does not resolve now is accepted here: each connection is checked again when it is made.</summary>
    public async Task<string?> CheckAsync(Uri url, CancellationToken cancellationToken)
    {
        var listed = IsListed(url.IdnHost);
        if (url.Scheme != Uri.UriSchemeHttps && !(listed && url.Scheme == Uri.UriSchemeHttp))
            return "Use an https:// address (http only for hosts listed in Media:Channels:AllowedPrivateHosts).";
        if (listed) return null;
        foreach (var address in await ResolveAsync(url.IdnHost, cancellationToken))
        {
            if (!Permits(address))
                return $"{url.Host} is an internal address ({address}); Media does not call loopback, private or link-local " +
                    "addresses unless the host is listed in Media:Channels:AllowedPrivateHosts.";
        }
        return null;
    }

    /// <summary>A <see cref="SocketsHttpHandler.ConnectCallback"/>: resolves the host and connects only to a permitted
    /// address, or fails the request before a byte is sent.</summary>
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var permitted = IsListed(host) ? addresses : addresses.Where(Permits).ToArray();
        if (permitted.Length == 0)
            throw new HttpRequestException($"Refused to connect to {host}: it resolves only to internal addresses (Media:Channels:AllowedPrivateHosts).");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(permitted, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>A handler for outbound clients: the guard above, no redirects (a redirect could lead inside), no cookies.</summary>
    public SocketsHttpHandler CreateHandler() => new() { ConnectCallback = ConnectAsync, AllowAutoRedirect = false, UseCookies = false };

    public bool Permits(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (IPAddress.IsLoopback(address)) return loopbackAllowed;
        return !IsInternal(address);
    }

    private bool IsListed(string host) => allowedHosts.Contains(host.Trim('[', ']'));

    private static bool IsInternal(IPAddress address)
    {
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) || address.Equals(IPAddress.None)) return true;
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes6 = address.GetAddressBytes();
            return address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast
                || (bytes6[0] & 0xFE) == 0xFC; // fc00::/7, unique local
        }
        var b = address.GetAddressBytes();
        return b[0] == 0 || b[0] == 10 || b[0] == 127
            || (b[0] == 100 && b[1] >= 64 && b[1] <= 127)   // 100.64.0.0/10, shared address space (CGNAT)
            || (b[0] == 169 && b[1] == 254)                  // link-local, including cloud metadata 169.254.169.254
            || (b[0] == 172 && b[1] >= 16 && b[1] <= 31)
            || (b[0] == 192 && b[1] == 168)
            || b[0] >= 224;                                  // multicast and reserved
    }

    private static async Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        if (IPAddress.TryParse(host.Trim('[', ']'), out var literal)) return [literal];
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ResolveTimeout);
        try
        {
            return await Dns.GetHostAddressesAsync(host, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return []; // unknown now: the connection is checked when it is made
        }
    }
}
