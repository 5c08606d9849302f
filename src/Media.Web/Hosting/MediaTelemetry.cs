using Media.Abstractions.Telemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Media.Web.Hosting;

/// <summary>OpenTelemetry for the host (docs/operations.md §6): ASP.NET Core, HttpClient and EF Core instrumentation,
/// every module's <c>Media.*</c> meter and activity source, a Prometheus scrape at <c>/metrics</c> for the allowed
/// addresses only, and traces to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> names one.</summary>
public static class MediaTelemetry
{
    public const string MetricsPath = "/metrics";

    public static WebApplicationBuilder AddMediaTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(new MetricsAccess(builder.Configuration[MetricsAccess.Key]));
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService("Media"))
            .WithMetrics(metrics => metrics
                .AddMeter("Media.*")
                // Creates every module's meter owner with the provider, so gauges are observed from the start.
                .AddInstrumentation(sp => sp.GetServices<IMeterOwner>().ToList())
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddPrometheusExporter())
            .WithTracing(tracing => tracing
                .AddSource("Media.*")
                .AddAspNetCoreInstrumentation(o => o.Filter = context => context.Request.Path != MetricsPath)
                .AddHttpClientInstrumentation()
                .AddEntityFrameworkCoreInstrumentation());
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.WithTracing(tracing => tracing.AddOtlpExporter());
        return builder;
    }

    /// <summary>The scrape answers only the allowed addresses; for anyone else <c>/metrics</c> does not exist (404,
    /// like any unknown path) rather than 403, which would tell a scanner there is something to get at.</summary>
    public static WebApplication UseMediaMetrics(this WebApplication app)
    {
        var access = app.Services.GetRequiredService<MetricsAccess>();
        app.UseOpenTelemetryPrometheusScrapingEndpoint(
            context => context.Request.Path == MetricsPath && access.Allows(context.Connection.RemoteIpAddress));
        return app;
    }
}
