using System.Net;
using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Web.Tests.Integration;

/// <summary>The site as README's one command runs it: Development with the demo on, on Kestrel (a free loopback port), the
/// demo WeChat sandbox beside it (any free port, so a running demo is never disturbed). <paramref name="callbacks"/> off
/// is the demo without a callback URL: nobody there to receive WeChat's events, pushes end by polling.</summary>
public abstract class DemoSite : MediaAppFactory
{
    private readonly bool callbacks;

    protected DemoSite(DatabaseProvider provider, bool callbacks) : base(provider)
    {
        this.callbacks = callbacks;
        UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
    }

    public bool Callbacks => callbacks;

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

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Development");
        builder.UseSetting("Media:Demo", "true");
        builder.UseSetting("Media:Demo:WeChatSandboxPort", "0");
        builder.UseSetting("Media:Demo:WeChatCallback", callbacks ? "true" : "false");
    }
}

public sealed class DemoSqliteSite() : DemoSite(DatabaseProvider.Sqlite, callbacks: true);

public sealed class DemoPostgresSite() : DemoSite(DatabaseProvider.PostgreSql, callbacks: true);

public sealed class DemoSqliteSiteWithoutCallbacks() : DemoSite(DatabaseProvider.Sqlite, callbacks: false);

public sealed class DemoPostgresSiteWithoutCallbacks() : DemoSite(DatabaseProvider.PostgreSql, callbacks: false);
