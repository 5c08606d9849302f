using Media.Abstractions.Admin;
using Media.Abstractions.Content;
using Media.Abstractions.Events;
using Media.Abstractions.Hosting;
using Media.Abstractions.Security;
using Media.Channels.WeChat.Callbacks;
using Media.Channels.WeChat.Pushes.Allowance;
using Media.Channels.WeChat.Pushes.Callbacks;
using Media.Channels.WeChat.Pushes.Endpoints;
using Media.Channels.WeChat.Pushes.Preview;
using Media.Channels.WeChat.Pushes.Pushes;
using Media.Channels.WeChat.Pushes.Retraction;
using Media.Channels.WeChat.Pushes.Sending;
using Media.Data;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Channels.WeChat.Pushes;

public static class WeChatPushesStartup
{
    /// <summary>The push tables, the desks, its permissions, the handler that voids a push's sign-off when one of its
    /// articles changes, and the sending job with its resumption at start.</summary>
    public static IHostApplicationBuilder AddWeChatPushes(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddModelContributor(typeof(WeChatPushesStartup).Assembly);
        services.AddSingleton<IPermissionProvider, WeChatPushesPermissions>();
        services.AddScoped<PushDesk>();
        services.AddScoped<AllowanceLedger>();
        services.AddScoped<PushSendDesk>();
        services.AddScoped<PushQueue>();
        services.AddScoped<PushJob>();
        services.AddScoped<PushSender>();
        services.AddScoped<PushDraftBuilder>();
        services.AddScoped<PushLostAnswers>();
        services.AddScoped<PushPreviewDesk>();
        services.AddScoped<PushOrderDesk>();
        services.AddScoped<ArticlePhotos>();
        services.AddAdminMenu<WeChatPushesAdminMenu>();
        services.AddScoped<IStartupTask, PushesResumeAtStart>();
        services.AddScoped<IWeChatCallbackHandler, PushCallbacks>();
        services.AddScoped<PushRetractDesk>();
        services.AddScoped<PushRetractor>();
        services.AddScoped<PushRetractJob>();
        services.AddScoped<IAfterCommitHandler<ArticlePublicationChanged>, ArticleRetractionLeavesPushes>();
        services.AddScoped<IBeforeSaveHandler<ArticleVersionSaved>, ArticleChangeVoidsPushSignOff>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWeChatPushes(this IEndpointRouteBuilder app) => app.MapPushesApi().MapQuotaApi().MapRetractApi().MapPushPreviewApi();
}
