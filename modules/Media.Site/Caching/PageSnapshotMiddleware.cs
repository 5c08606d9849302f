using System.Globalization;
using Media.Abstractions.Http;
using Media.Site.Reading;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Media.Site.Caching;

/// <summary>
/// Answers a public page from <see cref="PageSnapshots"/> before routing and the output cache (docs/http-api.md
/// §4.11), and copies what the output cache answers or stores into it. The key is what the site's cache policy
/// varies by (<see cref="SitePagePolicy"/>): method, host, path, the <c>page</c> query, <c>Accept-Encoding</c> as
/// sent and the reading mode. A copy keeps the page's own headers (ETag, Cache-Control, Vary, CSP, Content-Encoding);
/// a matching <c>If-None-Match</c> gets 304, as from the output cache. Only GET and HEAD are looked up; only pages the
/// site's policy marked storable (200 or 410, no cookie set) are copied.
/// </summary>
internal static class PageSnapshotMiddleware
{
    /// <summary>Headers not copied: the server writes them per response (Date, Server, the node's name), the copy
    /// computes Age itself, and a stored page sets no cookie.</summary>
    private static readonly HashSet<string> Unkept = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Date, HeaderNames.Server, HeaderNames.Age, HeaderNames.SetCookie, HeaderNames.TransferEncoding,
        HeaderNames.Connection, HeaderNames.KeepAlive, "X-Media-Node",
    };

    /// <summary>The headers a 304 repeats (RFC 9110 §15.4.5), as the output cache does.</summary>
    private static readonly HashSet<string> NotModifiedHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.CacheControl, HeaderNames.ContentLocation, HeaderNames.ETag, HeaderNames.Expires, HeaderNames.Vary,
    };

    /// <summary>First in the pipeline after the proxy headers, before routing (the host calls UseRouting after it).</summary>
    public static IApplicationBuilder UsePageSnapshots(this IApplicationBuilder app)
    {
        var snapshots = app.ApplicationServices.GetRequiredService<PageSnapshots>();
        return app.Use((context, next) => InvokeAsync(context, next, snapshots));
    }

    /// <summary>After routing, before the output cache: copies what the output cache answers for an endpoint with a
    /// cache policy (the site's pages and feeds); every other response passes untouched (no copy of API answers,
    /// images keep their send-file path).</summary>
    public static IApplicationBuilder UsePageSnapshotCapture(this IApplicationBuilder app)
    {
        var snapshots = app.ApplicationServices.GetRequiredService<PageSnapshots>();
        return app.Use((context, next) =>
            context.Features.Get<PageSnapshotCapture>() is { } capture && context.GetEndpoint()?.Metadata.GetMetadata<IOutputCachePolicy>() is not null
                ? CaptureAsync(context, next, snapshots, capture)
                : next(context));
    }

    private static Task InvokeAsync(HttpContext context, RequestDelegate next, PageSnapshots snapshots)
    {
        var request = context.Request;
        if (!snapshots.Enabled || !(HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))) return next(context);
        var key = KeyOf(request);
        if (snapshots.TryGet(key, out var snapshot)) return ServeAsync(context, snapshot, snapshots);
        context.Features.Set(new PageSnapshotCapture(key, snapshots.Generation));
        return next(context);
    }

    private static string KeyOf(HttpRequest request)
    {
        var page = request.QueryString.HasValue ? request.Query["page"].ToString() : "";
        return string.Join('\n', request.Method, request.Scheme, request.Host.Value, request.PathBase.Value, request.Path.Value,
            page, request.Headers.AcceptEncoding.ToString(), ReadingMode.IsLarge(request) ? ReadingMode.Large : "");
    }

    private static Task ServeAsync(HttpContext context, PageSnapshot snapshot, PageSnapshots snapshots)
    {
        var response = context.Response;
        var headers = response.Headers;
        var age = (snapshot.Age + snapshots.SecondsSince(snapshot.CapturedAt)).ToString(CultureInfo.InvariantCulture);
        if (snapshot.StatusCode == StatusCodes.Status200OK && snapshot.ETag is { } etag && EntityTags.IfNoneMatch(context.Request, etag))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            foreach (var (name, value) in snapshot.Headers)
            {
                if (NotModifiedHeaders.Contains(name)) headers[name] = value;
            }
            headers.Age = age;
            return Task.CompletedTask;
        }
        response.StatusCode = snapshot.StatusCode;
        foreach (var (name, value) in snapshot.Headers) headers[name] = value;
        headers.Age = age;
        return HttpMethods.IsHead(context.Request.Method) || snapshot.Body.IsEmpty
            ? Task.CompletedTask
            : response.Body.WriteAsync(snapshot.Body, context.RequestAborted).AsTask();
    }

    private static async Task CaptureAsync(HttpContext context, RequestDelegate next, PageSnapshots snapshots, PageSnapshotCapture capture)
    {
        var response = context.Response;
        var original = response.Body;
        var tee = new TeeStream(original, PageSnapshots.MaxBodyBytes);
        response.Body = tee;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = original;
        }
        if (!capture.Storable || tee.Overflowed || context.RequestAborted.IsCancellationRequested) return;
        if (response.StatusCode is not (StatusCodes.Status200OK or StatusCodes.Status410Gone)) return;
        if (response.Headers.ContainsKey(HeaderNames.SetCookie)) return;
        var kept = new List<KeyValuePair<string, StringValues>>(response.Headers.Count);
        foreach (var header in response.Headers)
        {
            if (!Unkept.Contains(header.Key)) kept.Add(header);
        }
        var now = snapshots.Now;
        long.TryParse(response.Headers.Age, NumberStyles.None, CultureInfo.InvariantCulture, out var age);
        var snapshot = new PageSnapshot(response.StatusCode, [.. kept], response.Headers.ETag.ToString() is { Length: > 0 } e ? e : null,
            tee.Copy.ToArray(), now, age, snapshots.ExpiryFrom(now));
        snapshots.Store(capture.Key, snapshot, capture.Generation);
    }
}
