using Media.WeChat.Sandbox;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>A sandbox with one account per message mode, each pushing to the loopback <see cref="CallbackListener"/>.</summary>
public sealed class CallbackSandboxFixture : SandboxFixture
{
    public const string Token = "countyMedia2026";
    public const string AesKey = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

    private CallbackListener? _listener;

    public CallbackListener Listener => _listener ?? throw new InvalidOperationException("The listener has not started.");

    public WeChatAccount AccountIn(CallbackMode mode) =>
        AccountFor(Sandbox.State.Options.Accounts.Single(a => a.Callback!.Mode == mode));

    protected override async Task ConfigureAsync(WeChatSandboxOptions options)
    {
        _listener = await CallbackListener.StartAsync();
        options.Accounts.Clear();
        foreach (var (mode, n) in new[] { (CallbackMode.Plaintext, 1), (CallbackMode.Compatible, 2), (CallbackMode.Safe, 3) })
        {
            var appId = $"wx5a7d0c0de000010{n}";
            options.Accounts.Add(new SandboxAccountOptions
            {
                AppId = appId,
                Secret = $"secret-{n}",
                OriginalId = $"gh_5a7d0c0de10{n}",
                Callback = new SandboxCallbackOptions { Url = Listener.BaseUrl + appId, Token = Token, EncodingAesKey = AesKey, Mode = mode },
            });
        }
    }

    protected override async Task DisposeMoreAsync()
    {
        if (_listener is not null)
        {
            await _listener.DisposeAsync();
        }
    }
}
