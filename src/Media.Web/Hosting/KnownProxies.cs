using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace Media.Web.Hosting;

/// <summary>Behind a reverse proxy (docs/operations.md §9): <c>Media:Hosting:KnownProxies</c>, comma-separated
/// addresses and CIDR networks whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed. Nothing is
/// trusted by default — not even loopback, which ASP.NET Core would otherwise trust — so without the setting a client
/// cannot claim another address or https.</summary>
internal static class KnownProxies
{
    public const string Key = "Media:Hosting:KnownProxies";

    /// <summary>Whether any proxy is configured; without one the forwarded-headers middleware is left out.</summary>
    public static bool IsConfigured(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[Key]);

    /// <summary>Configures the forwarded-headers options; parses the setting now, so a bad entry stops the start.</summary>
    public static void Configure(IServiceCollection services, IConfiguration configuration)
    {
        if (!IsConfigured(configuration)) return;
        var networks = configuration[Key]!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Parse).ToList();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var network in networks) o.KnownIPNetworks.Add(network);
        });
    }

    private static IPNetwork Parse(string entry)
    {
        if (IPNetwork.TryParse(entry, out var network)) return network;
        if (IPAddress.TryParse(entry, out var address)) return new IPNetwork(address, address.GetAddressBytes().Length * 8);
        throw new InvalidOperationException($"{Key}: '{entry}' is neither an IP address nor a CIDR network (e.g. 10.0.0.0/8).");
    }
}
