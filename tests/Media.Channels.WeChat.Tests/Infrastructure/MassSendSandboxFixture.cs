using Media.WeChat.Sandbox;

namespace Media.Channels.WeChat.Tests.Infrastructure;

/// <summary>A service account (four sends to all a month, tag sends free) whose mass sends finish after 200 ms.</summary>
public sealed class MassSendSandboxFixture : SandboxFixture
{
    protected override Task ConfigureAsync(WeChatSandboxOptions options)
    {
        options.MassSendDelay = TimeSpan.FromMilliseconds(200);
        options.Accounts[0].AccountType = "service";
        return Task.CompletedTask;
    }
}
