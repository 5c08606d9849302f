using System.Net;
using Media.Abstractions.Distribution;
using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>
/// The Media host on Kestrel (a loopback port, so the sandbox can push to it) with the channel directory and the
/// outbox's callback sink swapped for test ones: the distribution module does not provide them yet, and the endpoint
/// is what is under test here.
/// </summary>
public sealed class CallbackMediaApp : MediaAppFactory
{
    public CallbackMediaApp() : base(DatabaseProvider.Sqlite) => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

    public TestChannelDirectory Channels { get; } = new();

    public RecordingDeliveryCallbacks Callbacks { get; } = new();

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

    public Uri CallbackUri(Guid channelId) => new(RootUri, $"/wechat/callback/{channelId}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<IChannelDirectory>();
            services.AddSingleton<IChannelDirectory>(Channels);
            services.RemoveAll<IDeliveryCallbacks>();
            services.AddSingleton<IDeliveryCallbacks>(Callbacks);
        });
    }
}
