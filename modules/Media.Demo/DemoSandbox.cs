using Media.WeChat.Sandbox;

namespace Media.Demo;

/// <summary>The WeChat sandbox the Development demo runs beside the site, stopped with the host.</summary>
internal sealed class DemoSandbox : IAsyncDisposable
{
    public RunningWeChatSandbox? Running { get; set; }

    public async ValueTask DisposeAsync()
    {
        if (Running is not null) await Running.DisposeAsync();
    }
}
