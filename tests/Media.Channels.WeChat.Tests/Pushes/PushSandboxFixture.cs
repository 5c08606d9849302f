using Media.Channels.WeChat.Tests.Infrastructure;
using Media.WeChat.Sandbox;

namespace Media.Channels.WeChat.Tests.Pushes;

/// <summary>A sandbox with a fresh official account for every test (a subscription account's one mass send a day would
/// otherwise be used up by the first test); mass sends finish 200 ms after they start (or after the admin confirms).</summary>
public sealed class PushSandboxFixture : SandboxFixture
{
    private const int Plain = 12;
    private const int Protected = 4;
    private int _plain;
    private int _protected;

    protected override Task ConfigureAsync(WeChatSandboxOptions options)
    {
        options.MassSendDelay = TimeSpan.FromMilliseconds(200);
        options.PublishDelay = TimeSpan.FromMilliseconds(200);
        options.PublishCompletesOnPoll = null;
        options.Accounts.Clear();
        for (var i = 0; i < Plain + Protected; i++)
        {
            options.Accounts.Add(new SandboxAccountOptions
            {
                AppId = $"wxpush{i:D12}", Secret = $"push-secret-{i:D12}", OriginalId = $"gh_push{i:D6}", Name = $"推送测试号 {i}",
                MassProtection = i >= Plain,
            });
        }

        return Task.CompletedTask;
    }

    /// <summary>An account no other test of this class uses.</summary>
    public SandboxAccountOptions NextAccount(bool massProtection = false)
    {
        var index = massProtection ? Plain + Interlocked.Increment(ref _protected) - 1 : Interlocked.Increment(ref _plain) - 1;
        return Sandbox.State.Options.Accounts[index];
    }
}
