using System.Net;
using Media.Data;
using Media.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary>The site on Kestrel, so the sandbox can push MASSSENDJOBFINISH and PUBLISHJOBFINISH to its callback URL, with
/// WeChat's status polling slowed to ten minutes: a push that ends within seconds was ended by the callback.</summary>
public abstract class PushCallbackApp : MediaAppFactory
{
    protected PushCallbackApp(DatabaseProvider provider) : base(provider) => UseKestrel(o => o.Listen(IPAddress.Loopback, 0));

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

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>(PushSendSettings.Fast(runJobs: true))
    {
        ["Media:Channels:WeChat:PublishPollDelay"] = "00:10:00",
    };
}

public sealed class PushCallbackSqliteApp() : PushCallbackApp(DatabaseProvider.Sqlite);

public sealed class PushCallbackPostgresApp() : PushCallbackApp(DatabaseProvider.PostgreSql);
