using Media.WeChat.Sandbox.Callbacks;
using Media.WeChat.Sandbox.Publishing;
using Media.WeChat.Sandbox.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Media.WeChat.Sandbox;

public static class WeChatSandboxServiceCollectionExtensions
{
    /// <summary>Registers the sandbox's state and workers. A TimeProvider registered earlier wins over the system clock.</summary>
    public static IServiceCollection AddWeChatSandbox(this IServiceCollection services, WeChatSandboxOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(options);
        services.AddSingleton<SandboxState>();
        services.AddSingleton<CallbackPusher>();
        services.AddSingleton<PublishScheduler>();
        services.AddSingleton<MassSendFinisher>();
        services.AddHttpClient(CallbackPusher.HttpClientName);
        return services;
    }
}
