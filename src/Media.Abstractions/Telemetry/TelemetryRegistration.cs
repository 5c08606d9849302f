using Microsoft.Extensions.DependencyInjection;

namespace Media.Abstractions.Telemetry;

public static class TelemetryRegistration
{
    /// <summary>Registers a module's metrics as a singleton the module injects, and as an <see cref="IMeterOwner"/>.</summary>
    public static IServiceCollection AddMeterOwner<TOwner>(this IServiceCollection services) where TOwner : class, IMeterOwner
    {
        services.AddMetrics(); // IMeterFactory: a web or generic host has it already; this makes sure
        services.AddSingleton<TOwner>();
        services.AddSingleton<IMeterOwner>(sp => sp.GetRequiredService<TOwner>());
        return services;
    }
}
