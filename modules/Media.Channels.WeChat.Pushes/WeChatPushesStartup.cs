using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Security;
using Media.Channels.WeChat.Pushes.Allowance;
using Media.Channels.WeChat.Pushes.Endpoints;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Channels.WeChat.Pushes;

public static class WeChatPushesStartup
{
    /// <summary>The push tables, the desk, its permissions, and the handler that voids a push's sign-off when one of its
    /// articles changes.</summary>
    public static IHostApplicationBuilder AddWeChatPushes(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddModelContributor(typeof(WeChatPushesStartup).Assembly);
        services.AddSingleton<IPermissionProvider, WeChatPushesPermissions>();
        services.AddScoped<PushDesk>();
        services.AddScoped<AllowanceLedger>();
        services.AddScoped<IBeforeSaveHandler<ArticleVersionSaved>, ArticleChangeVoidsPushSignOff>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWeChatPushes(this IEndpointRouteBuilder app) => app.MapPushesApi().MapQuotaApi();
}
