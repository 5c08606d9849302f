using Media.Abstractions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Media.Demo;

/// <summary>Glue for the Development demo only: what a newcomer needs to see the whole pipeline.</summary>
public static class DemoStartup
{
    public static IHostApplicationBuilder AddDemo(this IHostApplicationBuilder builder, bool seedDemo)
    {
        if (!seedDemo) return builder;
        builder.Services.AddSingleton<DemoSandbox>();
        builder.Services.AddScoped<IStartupTask, DemoWeChatAccount>();
        builder.Services.AddHostedService<DemoDailyPush>();
        return builder;
    }
}
