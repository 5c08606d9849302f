using System.Text.Encodings.Web;
using System.Text.Unicode;
using Media.Abstractions.Events;
using Media.Abstractions.Hosting;
using Media.Data;
using Media.Site;
using Media.Themes.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

namespace Media.Web.Hosting;

/// <summary>What the host itself provides around the modules: errors, JSON, keys, OpenAPI, health, pages, compression.</summary>
public static class MediaHost
{
    /// <summary><c>Media:Demo</c>; by default on in Development only. The demo seeds accounts whose password is in the
    /// README, so in Production it refuses to start unless <c>Media:Demo:AllowInProduction</c> says so explicitly.</summary>
    public static bool SeedsDemo(this WebApplicationBuilder builder)
    {
        var demo = builder.Configuration.GetValue<bool?>("Media:Demo") ?? builder.Environment.IsDevelopment();
        if (demo && builder.Environment.IsProduction() && !builder.Configuration.GetValue<bool>("Media:Demo:AllowInProduction"))
        {
            throw new InvalidOperationException(
                "Media:Demo=true in Production would create accounts with the published demo password. " +
                "Turn it off, or set Media:Demo:AllowInProduction=true for a throwaway demonstration server.");
        }
        return demo;
    }

    public static WebApplicationBuilder AddMediaHost(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<JsonOptions>(o => o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All));
        services.AddUnitOfWorkEvents();
        // An endpoint that says nothing about authorization needs a signed-in user: a new endpoint is never anonymous
        // by accident; the public ones say AllowAnonymous (docs/accounts.md §11).
        services.AddAuthorizationBuilder().SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddJsonBodyLimit(builder.Configuration);
        services.AddRazorPages();
        // Chinese text in pages as characters, not &#x…; entities (a third of the size).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddOpenApi(o => o.AddDocumentTransformer<BearerSecurityTransformer>());
        var appData = new MediaAppData(builder.Configuration, builder.Environment);
        var dataProtection = services.AddDataProtection().SetApplicationName("Media");
        KeyProtection.Configure(dataProtection, builder.Configuration);
        builder.AddLogFiles(appData.Root);
        if (MediaRedis.Register(services, builder.Configuration) is { } redis)
        {
            // Several nodes (docs/operations.md §1.3): one key ring and one output cache for all of them, so a cookie
            // issued by one node is read by the next and an eviction on publish or retract reaches every node.
            dataProtection.PersistKeysToStackExchangeRedis(() => redis.Database, redis.Key("data-protection-keys"));
            services.AddStackExchangeRedisOutputCache(o =>
            {
                o.InstanceName = redis.InstanceName + "output-cache:";
                o.ConnectionMultiplexerFactory = () => Task.FromResult(redis.Connection);
            });
        }
        else
        {
            dataProtection.PersistKeysToFileSystem(new DirectoryInfo(appData.Folder("keys")));
        }
        var health = services.AddHealthChecks();
        if (MediaRedis.IsConfigured(builder.Configuration))
            health.AddCheck<RedisHealthCheck>("redis", tags: [MediaDataStartup.ReadyTag]);
        services.AddMediaResponseCompression();
        services.AddOutputCache();
        // Cookies are Secure whenever the request is https — behind a proxy, as X-Forwarded-Proto from a known proxy
        // says (docs/operations.md §9); the admin cookie says the same in Media.Users.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        KnownProxies.Configure(services, builder.Configuration);
        builder.AddMediaTelemetry();
        return builder;
    }

    public static WebApplication UseMediaHost(this WebApplication app)
    {
        // Before anything reads the client's address or scheme: the /metrics address check, the sign-in rate limits,
        // the audit trail's sourceIp, HSTS and the cookies' Secure flag (docs/operations.md §9).
        if (KnownProxies.IsConfigured(app.Configuration))
            app.UseForwardedHeaders();
        app.UseNodeName();
        if (!app.Environment.IsDevelopment())
            app.UseHsts();
        // A public page the node answered less than a second ago is answered again from its copy, before routing
        // (whose fallback pattern is a regular expression), the output cache and the rest (docs/http-api.md §4.11).
        app.UseSitePageSnapshots();
        app.UseRouting();
        if (app.Environment.IsProduction() && !KeyProtection.IsConfigured(app.Configuration))
            app.Logger.LogWarning("The data-protection keys are stored unencrypted: set Media:DataProtection:CertificatePath (docs/operations.md §11).");
        // The public site's output cache as early as it can go (docs/http-api.md §4.11): a cached page is answered
        // here, before compression, the error pages, authentication, authorization, antiforgery and the modules'
        // middleware, none of which has anything to do for a stored anonymous page. It acts only on endpoints with a
        // cache policy (routing runs first, so the endpoint is known). Outside compression, it stores the bytes as
        // compressed for each Accept-Encoding (the site's policy varies by it), so a hit is never compressed again;
        // every header of the stored page — CSP, nosniff, ETag, Cache-Control, Vary — is stored with it.
        // The node's copies are taken here, from what the output cache answers for the site's pages.
        app.UseSitePageSnapshotCapture();
        app.UseOutputCache();
        // Next, so that every response — pages, feeds, the API, problem details from the handler below — can be
        // compressed.
        app.UseResponseCompression();
        app.UseExceptionHandler();
        // A bare status code becomes problem details, except under /admin, where people read it: the admin theme's
        // page in Chinese with a way back (docs/admin-ui.md §3). The public site answers unknown addresses itself.
        app.UseStatusCodePages(async context =>
        {
            var http = context.HttpContext;
            if (http.Request.Path.StartsWithSegments("/admin"))
                await AdminStatusPage.WriteAsync(http);
            else if (!await http.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext { HttpContext = http }))
                await http.Response.WriteAsync($"Status Code: {http.Response.StatusCode}", http.RequestAborted);
        });
        app.UseJsonBodyLimit();
        app.UseMediaMetrics();
        app.Use(SecurityHeaders.ApplyAsync);
        app.MapStaticAssets().AllowAnonymous();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapRazorPages();
        app.MapOpenApi().AllowAnonymous();
        app.MapScalarApiReference("/api/reference").AllowAnonymous();
        app.MapGet("/admin", () => Results.Redirect("/admin/today")).ExcludeFromDescription();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains(MediaDataStartup.ReadyTag) }).AllowAnonymous();
        return app;
    }

    /// <summary>Runs every module's start-up task (migrations first) before the site takes requests.</summary>
    public static async Task RunStartupTasksAsync(this WebApplication app)
    {
        List<Type> order;
        using (var listing = app.Services.CreateScope())
        {
            order = listing.ServiceProvider.GetServices<IStartupTask>().OrderBy(t => t.Order).Select(t => t.GetType()).ToList();
        }
        foreach (var type in order)
        {
            using var scope = app.Services.CreateScope();
            var task = scope.ServiceProvider.GetServices<IStartupTask>().First(t => t.GetType() == type);
            await task.RunAsync(app.Lifetime.ApplicationStopping);
        }
    }

    /// <summary>Runs the command named by the first two <paramref name="args"/> (<c>search rebuild</c>) after the
    /// start-up tasks; null when the arguments name no command, so the host serves requests as usual.</summary>
    /// <returns>The process exit code.</returns>
    public static async Task<int?> RunCommandAsync(this WebApplication app, string[] args)
    {
        var words = args.TakeWhile(a => !a.StartsWith('-')).ToArray();
        if (words.Length == 0) return null;
        using var scope = app.Services.CreateScope();
        var commands = scope.ServiceProvider.GetServices<IHostCommand>().ToList();
        var command = commands.FirstOrDefault(c => c.Name == string.Join(' ', words));
        if (command is null)
        {
            await Console.Error.WriteLineAsync($"Unknown command \"{string.Join(' ', words)}\". Commands:");
            foreach (var known in commands) await Console.Error.WriteLineAsync($"  {known.Name}  {known.Description}");
            return 2;
        }
        return await command.RunAsync(Console.Out, app.Lifetime.ApplicationStopping);
    }
}
