using Media.Abstractions.Content;

namespace Media.Web.Hosting;

/// <summary>Headers on every response; on the admin pages also a Content-Security-Policy that allows only the site's
/// own scripts, styles and images (docs/admin-ui.md §7). The public pages set their own policy (Media.Site).</summary>
internal static class SecurityHeaders
{
    /// <summary>No inline script or style anywhere in the admin pages: every script and stylesheet is a file under
    /// <c>/_content/…</c>; <c>data:</c> images are the second factor's QR code; <paramref name="imageSources"/> adds the
    /// public media base's origin when there is one (docs/operations.md §8.1).</summary>
    public static string AdminContentSecurityPolicy(string imageSources) =>
        $"default-src 'self'; img-src {imageSources}; script-src 'self'; style-src 'self'; frame-ancestors 'none'; " +
        "base-uri 'self'; form-action 'self'";

    /// <summary>The Hangfire dashboard is not ours: its pages carry inline styles and scripts, so it keeps the
    /// headers above but not the policy.</summary>
    public const string JobsDashboard = "/admin/jobs";

    public static Task ApplyAsync(HttpContext context, Func<Task> next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        var path = context.Request.Path;
        if (path.StartsWithSegments("/admin") && !path.StartsWithSegments(JobsDashboard))
        {
            var media = context.RequestServices.GetService<PublicMediaUrls>() ?? PublicMediaUrls.SiteServed;
            headers.ContentSecurityPolicy = AdminContentSecurityPolicy(media.ImageSources);
        }
        return next();
    }
}
