using Media.WeChat.Sandbox.Callbacks;
using Media.WeChat.Sandbox.Publishing;
using Media.WeChat.Sandbox.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Media.WeChat.Sandbox;

/// <summary>A sandbox listening on a loopback port, with its state open for assertions.</summary>
public sealed class RunningWeChatSandbox(WebApplication app, Uri baseUrl) : IAsyncDisposable
{
    /// <summary>e.g. http://127.0.0.1:49152/ — point a client's API base URL here.</summary>
    public Uri BaseUrl { get; } = baseUrl;

    public SandboxState State => app.Services.GetRequiredService<SandboxState>();

    /// <summary>Ends publish jobs on demand (outcome, ban), beyond the configured delay.</summary>
    public PublishScheduler Publishing => app.Services.GetRequiredService<PublishScheduler>();

    /// <summary>The callback pusher, e.g. to wait for pushes in flight.</summary>
    public CallbackPusher Callbacks => app.Services.GetRequiredService<CallbackPusher>();

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }
}
