using System.Net;
using Media.Abstractions.Content;
using Media.Articles.Content;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Articles.Endpoints;

/// <summary>
/// <c>GET /admin/articles/{id}/preview/{channel}?version=</c>: a channel's preview as a page of its own, for the frames of
/// the article and review pages (docs/review.md §4). Same renderers and access as the API's preview; signed in with the
/// admin cookie. It may be framed by the admin pages only, and runs sandboxed: no script, no form, no same-origin access.
/// </summary>
internal static class PreviewFrameEndpoints
{
    /// <summary>The public site's own policy (the theme's stylesheet and images, the public media base's origin when
    /// there is one: docs/operations.md §8.1), but framed by our pages.</summary>
    public static string WebPolicy(string imageSources) =>
        $"default-src 'self'; img-src {imageSources}; style-src 'self'; script-src 'none'; object-src 'none'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    /// <summary>WeChat's HTML styles every element inline and names images by absolute address; nothing else runs.</summary>
    public const string FragmentPolicy = "default-src 'none'; img-src 'self' http: https: data:; style-src 'unsafe-inline'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'self'; sandbox";

    public static IEndpointRouteBuilder MapPreviewFrames(this IEndpointRouteBuilder app)
    {
        app.MapGet("/admin/articles/{id:guid}/preview/{channel}", FrameAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    internal static async Task<IResult> FrameAsync(Guid id, string channel, int? version, ArticleQueries queries,
        IEnumerable<IArticlePreview> previews, HttpResponse response, CancellationToken ct)
    {
        if (ChannelPreview.Renderer(previews, channel) is not { } renderer) return Results.NotFound();
        if (await queries.FindAsync(id, ct) is not { } found) return Results.NotFound();
        if (await ChannelPreview.VersionAsync(queries, found, version, ct) is not { } v) return Results.NotFound();
        var html = await ChannelPreview.RenderAsync(renderer, v, ct);
        var web = renderer.Channel == "web";
        ChannelPreview.NotForCaches(response);
        response.Headers.ContentSecurityPolicy = web
            ? WebPolicy((response.HttpContext.RequestServices.GetService<PublicMediaUrls>() ?? PublicMediaUrls.SiteServed).ImageSources)
            : FragmentPolicy;
        response.Headers.XFrameOptions = "SAMEORIGIN";
        return Results.Content(web ? html : Phone(renderer.Channel, v.Title, v.Author, html), "text/html; charset=utf-8");
    }

    /// <summary>A channel's body HTML on a phone-like page: the title and author as that channel shows them above it.</summary>
    private static string Phone(string channel, string title, string? author, string body) =>
        "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">" +
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">" +
        $"<title>预览 {WebUtility.HtmlEncode(channel)}</title>" +
        "<style>body{margin:0;padding:16px;font:17px/1.6 -apple-system,\"PingFang SC\",\"Microsoft YaHei\",sans-serif;color:#333;" +
        "overflow-wrap:anywhere}img{max-width:100%;height:auto}.head{margin:0 0 16px}.head h1{font-size:22px;line-height:1.4;margin:0 0 8px}" +
        ".head p{margin:0;color:#576b95;font-size:15px}</style></head><body>" +
        $"<header class=\"head\"><h1>{WebUtility.HtmlEncode(title.Trim())}</h1>" +
        (string.IsNullOrWhiteSpace(author) ? "" : $"<p>{WebUtility.HtmlEncode(author.Trim())}</p>") +
        $"</header><div id=\"content\">{body}</div></body></html>";
}
