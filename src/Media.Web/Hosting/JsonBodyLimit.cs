using Media.Abstractions.Problems;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;

namespace Media.Web.Hosting;

/// <summary>
/// The largest JSON request body Media reads (docs/http-api.md §8): enough for the largest article — 200,000
/// characters of body, each written as a six-byte <c>\uXXXX</c> escape in the worst case (1.2 MB), with its title,
/// summary and tags — and no more, so a client cannot make the server buffer and parse megabytes of JSON. A declared
/// length over the limit is refused before anything is read; a body sent without a length (chunked) is cut off by the
/// server at the same limit. Uploads (multipart) and the WeChat callbacks (XML) keep their own limits.
/// </summary>
public static class JsonBodyLimit
{
    public const string Key = "Media:Hosting:MaxJsonBodyBytes";

    /// <summary>1.5 MiB.</summary>
    public const long DefaultBytes = 1_572_864;

    public static IServiceCollection AddJsonBodyLimit(this IServiceCollection services, IConfiguration configuration)
    {
        var bytes = configuration.GetValue<long?>(Key) ?? DefaultBytes;
        if (bytes < 1024) throw new InvalidOperationException($"{Key} must be at least 1024 bytes (it is {bytes}).");
        services.AddSingleton(new JsonBodyLimitSize(bytes));
        return services;
    }

    public static IApplicationBuilder UseJsonBodyLimit(this IApplicationBuilder app) =>
        app.Use(async (http, next) =>
        {
            if (!IsJson(http.Request))
            {
                await next(http);
                return;
            }
            var limit = http.RequestServices.GetRequiredService<JsonBodyLimitSize>().Bytes;
            if (http.Request.ContentLength > limit)
            {
                await RefuseAsync(http, limit);
                return;
            }
            if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = limit;
            await next(http);
        });

    /// <summary>The bilingual message of a refused JSON body, also used when the server cuts off a chunked one.</summary>
    public static string Detail(long limit) =>
        $"请求正文过大：JSON 正文最多 {limit / 1024} KB（足够一篇 20 万字的稿件）。" +
        $"The JSON body is too large: at most {limit} bytes ({limit / 1024} KB, enough for an article of 200,000 characters).";

    internal static bool IsJson(HttpRequest request) =>
        request.ContentType is { } type &&
        (type.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ||
         type.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static async Task RefuseAsync(HttpContext http, long limit)
    {
        http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status413PayloadTooLarge,
                Title = "Too large",
                Type = ProblemTypes.PayloadTooLarge,
                Detail = Detail(limit),
            },
        });
    }
}
