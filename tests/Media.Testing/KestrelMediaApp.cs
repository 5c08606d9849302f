using System.Net;
using Media.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Testing;

/// <summary>The real host on Kestrel, on a free loopback port, for clients outside the process (a browser).
/// SQLite, a fresh file per fixture, like <see cref="SqliteMediaApp"/>.</summary>
public sealed class KestrelMediaApp : MediaAppFactory
{
    public KestrelMediaApp() : base(DatabaseProvider.Sqlite) =>
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0)); // "localhost:0" is refused by Kestrel; an address is not

    /// <summary>Outside Development the host does not read the build's static web assets manifest, so the modules'
    /// CSS and JS (/_content/…) would be served empty; a browser needs them.</summary>
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseStaticWebAssets();
    }

    /// <summary>Starts the site if it is not running and answers its address, e.g. http://127.0.0.1:41234.</summary>
    public Uri RootUri
    {
        get
        {
            StartServer();
            var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
                ?? throw new InvalidOperationException("The server reports no addresses: is it Kestrel?");
            return new Uri(addresses.Addresses.First());
        }
    }
}
