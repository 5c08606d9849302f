using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Media.Abstractions.Hosting;
using Media.Abstractions.Problems;
using Media.Users.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RedisRateLimiting;

namespace Media.Users.SignIn;

/// <summary>
/// Rate limits on sign-in attempts (docs/accounts.md §3), with ASP.NET Core's rate limiter: a fixed window per source
/// address and one per user name, chained, on every POST to an endpoint marked <see cref="SignInAttemptAttribute"/>.
/// Over either limit the attempt is refused before the password is checked: <c>429</c> with <c>Retry-After</c>,
/// problem details for the API and a short page for the sign-in form. The lockout after failed attempts
/// (<see cref="CredentialCheck"/>) is separate and still applies. With Redis configured the windows are counted there
/// (RedisRateLimiting's fixed window, keyed under <c>Media:Redis:InstanceName</c>), so the limits hold across nodes.
/// </summary>
internal static class SignInRateLimits
{
    private const string UserNameItem = "Media.Users.SignInUserName";
    private const int MaxBodyBytes = 16 * 1024;

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, MediaRedis? redis)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<UsersOptions>>((o, users) =>
        {
            var limits = users.Value;
            o.GlobalLimiter = PartitionedRateLimiter.CreateChained(
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsAttempt(http)
                    ? Window(redis, "address:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown"), limits.SignInLimitPerAddress, limits.SignInLimitWindow)
                    : RateLimitPartition.GetNoLimiter("")),
                PartitionedRateLimiter.Create<HttpContext, string>(http => IsAttempt(http) && http.Items[UserNameItem] is string name
                    ? Window(redis, "user:" + name, limits.SignInLimitPerUserName, limits.SignInLimitWindow)
                    : RateLimitPartition.GetNoLimiter("")));
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => RejectAsync(context, limits.SignInLimitWindow);
        });
        return services;
    }

    /// <summary>Reads the attempted user name (which the limiter's partition needs synchronously) and adds the
    /// limiter; the request body stays readable for the endpoint.</summary>
    public static IApplicationBuilder UseSignInRateLimits(this IApplicationBuilder app)
    {
        app.Use(async (http, next) =>
        {
            if (IsAttempt(http) && await ReadUserNameAsync(http.Request) is { Length: > 0 } name)
                http.Items[UserNameItem] = MediaUser.Normalize(name);
            await next(http);
        });
        return app.UseRateLimiter();
    }

    private static bool IsAttempt(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) && http.GetEndpoint()?.Metadata.GetMetadata<SignInAttemptAttribute>() is not null;

    private static RateLimitPartition<string> Window(MediaRedis? redis, string key, int permits, TimeSpan window) =>
        redis is null
            ? RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            })
            : RedisRateLimitPartition.GetFixedWindowRateLimiter(redis.InstanceName + "sign-in:" + key, _ => new RedisFixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                ConnectionMultiplexerFactory = () => redis.Connection,
            });

    private static async Task<string?> ReadUserNameAsync(HttpRequest request)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            return form["userName"].FirstOrDefault();
        }
        if (request.HasJsonContentType() && request.ContentLength is null or <= MaxBodyBytes)
        {
            request.EnableBuffering(MaxBodyBytes);
            try
            {
                using var json = await JsonDocument.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted);
                if (json.RootElement.ValueKind != JsonValueKind.Object) return null;
                foreach (var property in json.RootElement.EnumerateObject())
                {
                    // The endpoint binds names case-insensitively (JSON web defaults); so does the limiter.
                    if (string.Equals(property.Name, "userName", StringComparison.OrdinalIgnoreCase))
                        return property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : null;
                }
                return null;
            }
            catch (JsonException)
            {
                return null; // the endpoint answers malformed JSON itself
            }
            finally
            {
                request.Body.Position = 0;
            }
        }
        return null;
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, TimeSpan window)
    {
        var http = context.HttpContext;
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : window;
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var message = $"登录尝试过于频繁，请 {seconds} 秒后再试。Too many sign-in attempts; try again in {seconds} seconds.";
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many sign-in attempts",
                    Detail = message,
                    Type = ProblemTypes.TooManyRequests,
                },
            });
            return;
        }
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>登录过于频繁</title></head>" +
            $"<body><main><h1>登录过于频繁</h1><p role=\"alert\">{message[..(message.IndexOf('。') + 1)]}</p>" +
            "<p><a href=\"/admin/signin\">返回登录</a></p></main></body></html>", http.RequestAborted);
    }
}
