using System.Net;

namespace Media.Web.Hosting;

/// <summary>Who may read <c>GET /metrics</c>: <c>Media:Hosting:MetricsAllowedFrom</c>, comma-separated addresses and
/// CIDR ranges, loopback only by default. The check uses the connection's address after the forwarded-headers
/// middleware, so behind a proxy a request forwarded for an outside client is an outside request.</summary>
public sealed class MetricsAccess
{
    public const string Key = "Media:Hosting:MetricsAllowedFrom";
    public const string DefaultAllowed = "127.0.0.1, ::1";

    private readonly IReadOnlyList<IPNetwork> allowed;

    public MetricsAccess(string? configured) =>
        allowed = (string.IsNullOrWhiteSpace(configured) ? DefaultAllowed : configured)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse).ToList();

    public bool Allows(IPAddress? remote)
    {
        if (remote is null) return false;
        if (remote.IsIPv4MappedToIPv6) remote = remote.MapToIPv4();
        return allowed.Any(network => network.Contains(remote));
    }

    private static IPNetwork Parse(string entry)
    {
        if (IPNetwork.TryParse(entry, out var network)) return network;
        if (IPAddress.TryParse(entry, out var address)) return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        throw new InvalidOperationException($"{Key}: '{entry}' is neither an IP address nor a CIDR range (e.g. 10.0.0.0/8).");
    }
}
